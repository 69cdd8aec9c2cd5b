/**
 */
package dev.touchline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Empowerment</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How much freedom employees have at a touchpoint.
 * <!-- end-model-doc -->
 * @see dev.touchline.model.TouchlinePackage#getEmpowerment()
 * @model
 * @generated
 */
public enum Empowerment implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed yet.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "unspecified"),

	/**
	 * The '<em><b>HARD LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy: no deviation.
	 * <!-- end-model-doc -->
	 * @see #HARD_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	HARD_LINE(1, "HARD_LINE", "hardLine"),

	/**
	 * The '<em><b>GUIDELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is fixed; how is free.
	 * <!-- end-model-doc -->
	 * @see #GUIDELINE_VALUE
	 * @generated
	 * @ordered
	 */
	GUIDELINE(2, "GUIDELINE", "guideline"),

	/**
	 * The '<em><b>NO LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees use their own judgement.
	 * <!-- end-model-doc -->
	 * @see #NO_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_LINE(3, "NO_LINE", "noLine");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not assessed yet.
	 * <!-- end-model-doc -->
	 * @see #UNSPECIFIED
	 * @model literal="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>HARD LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policy: no deviation.
	 * <!-- end-model-doc -->
	 * @see #HARD_LINE
	 * @model literal="hardLine"
	 * @generated
	 * @ordered
	 */
	public static final int HARD_LINE_VALUE = 1;

	/**
	 * The '<em><b>GUIDELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is fixed; how is free.
	 * <!-- end-model-doc -->
	 * @see #GUIDELINE
	 * @model literal="guideline"
	 * @generated
	 * @ordered
	 */
	public static final int GUIDELINE_VALUE = 2;

	/**
	 * The '<em><b>NO LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees use their own judgement.
	 * <!-- end-model-doc -->
	 * @see #NO_LINE
	 * @model literal="noLine"
	 * @generated
	 * @ordered
	 */
	public static final int NO_LINE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Empowerment</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Empowerment[] VALUES_ARRAY =
		new Empowerment[] {
			UNSPECIFIED,
			HARD_LINE,
			GUIDELINE,
			NO_LINE,
		};

	/**
	 * A public read-only list of all the '<em><b>Empowerment</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Empowerment> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Empowerment</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Empowerment get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Empowerment result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Empowerment</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Empowerment getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Empowerment result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Empowerment</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Empowerment get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case HARD_LINE_VALUE: return HARD_LINE;
			case GUIDELINE_VALUE: return GUIDELINE;
			case NO_LINE_VALUE: return NO_LINE;
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
	private Empowerment(int value, String name, String literal) {
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
	
} //Empowerment
