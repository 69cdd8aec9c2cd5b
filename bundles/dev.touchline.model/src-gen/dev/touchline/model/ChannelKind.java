/**
 */
package dev.touchline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of medium of a channel.
 * <!-- end-model-doc -->
 * @see dev.touchline.model.TouchlinePackage#getChannelKind()
 * @model
 * @generated
 */
public enum ChannelKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other medium.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "other"),

	/**
	 * The '<em><b>WEB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web site.
	 * <!-- end-model-doc -->
	 * @see #WEB_VALUE
	 * @generated
	 * @ordered
	 */
	WEB(1, "WEB", "web"),

	/**
	 * The '<em><b>MOBILE APP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mobile app.
	 * <!-- end-model-doc -->
	 * @see #MOBILE_APP_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_APP(2, "MOBILE_APP", "mobileApp"),

	/**
	 * The '<em><b>PHONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Telephone.
	 * <!-- end-model-doc -->
	 * @see #PHONE_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE(3, "PHONE", "phone"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(4, "EMAIL", "email"),

	/**
	 * The '<em><b>CHAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chat.
	 * <!-- end-model-doc -->
	 * @see #CHAT_VALUE
	 * @generated
	 * @ordered
	 */
	CHAT(5, "CHAT", "chat"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social media.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(6, "SOCIAL_MEDIA", "socialMedia"),

	/**
	 * The '<em><b>IN PERSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In person or on site.
	 * <!-- end-model-doc -->
	 * @see #IN_PERSON_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PERSON(7, "IN_PERSON", "inPerson"),

	/**
	 * The '<em><b>LETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Letter.
	 * <!-- end-model-doc -->
	 * @see #LETTER_VALUE
	 * @generated
	 * @ordered
	 */
	LETTER(8, "LETTER", "letter"),

	/**
	 * The '<em><b>STORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Store.
	 * <!-- end-model-doc -->
	 * @see #STORE_VALUE
	 * @generated
	 * @ordered
	 */
	STORE(9, "STORE", "store");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other medium.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>WEB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web site.
	 * <!-- end-model-doc -->
	 * @see #WEB
	 * @model literal="web"
	 * @generated
	 * @ordered
	 */
	public static final int WEB_VALUE = 1;

	/**
	 * The '<em><b>MOBILE APP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mobile app.
	 * <!-- end-model-doc -->
	 * @see #MOBILE_APP
	 * @model literal="mobileApp"
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_APP_VALUE = 2;

	/**
	 * The '<em><b>PHONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Telephone.
	 * <!-- end-model-doc -->
	 * @see #PHONE
	 * @model literal="phone"
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_VALUE = 3;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL
	 * @model literal="email"
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 4;

	/**
	 * The '<em><b>CHAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chat.
	 * <!-- end-model-doc -->
	 * @see #CHAT
	 * @model literal="chat"
	 * @generated
	 * @ordered
	 */
	public static final int CHAT_VALUE = 5;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Social media.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model literal="socialMedia"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 6;

	/**
	 * The '<em><b>IN PERSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In person or on site.
	 * <!-- end-model-doc -->
	 * @see #IN_PERSON
	 * @model literal="inPerson"
	 * @generated
	 * @ordered
	 */
	public static final int IN_PERSON_VALUE = 7;

	/**
	 * The '<em><b>LETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Letter.
	 * <!-- end-model-doc -->
	 * @see #LETTER
	 * @model literal="letter"
	 * @generated
	 * @ordered
	 */
	public static final int LETTER_VALUE = 8;

	/**
	 * The '<em><b>STORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Store.
	 * <!-- end-model-doc -->
	 * @see #STORE
	 * @model literal="store"
	 * @generated
	 * @ordered
	 */
	public static final int STORE_VALUE = 9;

	/**
	 * An array of all the '<em><b>Channel Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelKind[] VALUES_ARRAY =
		new ChannelKind[] {
			OTHER,
			WEB,
			MOBILE_APP,
			PHONE,
			EMAIL,
			CHAT,
			SOCIAL_MEDIA,
			IN_PERSON,
			LETTER,
			STORE,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case WEB_VALUE: return WEB;
			case MOBILE_APP_VALUE: return MOBILE_APP;
			case PHONE_VALUE: return PHONE;
			case EMAIL_VALUE: return EMAIL;
			case CHAT_VALUE: return CHAT;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case IN_PERSON_VALUE: return IN_PERSON;
			case LETTER_VALUE: return LETTER;
			case STORE_VALUE: return STORE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ChannelKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ChannelKind
