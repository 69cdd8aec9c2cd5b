/**
 */
package dev.touchline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The customer type a journey is drawn for.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Persona#getGoals <em>Goals</em>}</li>
 *   <li>{@link dev.touchline.model.Persona#getFrustrations <em>Frustrations</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getPersona()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='duplicateName'"
 * @generated
 */
public interface Persona extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this customer wants to achieve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' attribute.
	 * @see #setGoals(String)
	 * @see dev.touchline.model.TouchlinePackage#getPersona_Goals()
	 * @model
	 * @generated
	 */
	String getGoals();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Persona#getGoals <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goals</em>' attribute.
	 * @see #getGoals()
	 * @generated
	 */
	void setGoals(String value);

	/**
	 * Returns the value of the '<em><b>Frustrations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What gets in this customer's way.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frustrations</em>' attribute.
	 * @see #setFrustrations(String)
	 * @see dev.touchline.model.TouchlinePackage#getPersona_Frustrations()
	 * @model
	 * @generated
	 */
	String getFrustrations();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Persona#getFrustrations <em>Frustrations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frustrations</em>' attribute.
	 * @see #getFrustrations()
	 * @generated
	 */
	void setFrustrations(String value);

} // Persona
