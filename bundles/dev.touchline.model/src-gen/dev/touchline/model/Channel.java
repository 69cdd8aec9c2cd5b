/**
 */
package dev.touchline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The medium of a touchpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Channel#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of medium this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.touchline.model.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see dev.touchline.model.TouchlinePackage#getChannel_Kind()
	 * @model
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Channel#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.touchline.model.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

} // Channel
