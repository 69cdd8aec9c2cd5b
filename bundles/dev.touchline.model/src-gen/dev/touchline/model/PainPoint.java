/**
 */
package dev.touchline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pain Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem the customer meets at a touchpoint: one entry of the "100 problems" list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.PainPoint#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.touchline.model.PainPoint#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getPainPoint()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='painpointOwner'"
 * @generated
 */
public interface PainPoint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How badly it hurts the customer relationship.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see dev.touchline.model.Severity
	 * @see #setSeverity(Severity)
	 * @see dev.touchline.model.TouchlinePackage#getPainPoint_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link dev.touchline.model.PainPoint#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see dev.touchline.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department that has to fix it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Department)
	 * @see dev.touchline.model.TouchlinePackage#getPainPoint_Owner()
	 * @model
	 * @generated
	 */
	Department getOwner();

	/**
	 * Sets the value of the '{@link dev.touchline.model.PainPoint#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Department value);

} // PainPoint
