/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisational unit that owns or supports touchpoints: Sales and Customer Support, but also IT, Billing/Accounting and HR, who shape the journey without meeting the customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Department#getHead <em>Head</em>}</li>
 *   <li>{@link dev.touchline.model.Department#getColor <em>Color</em>}</li>
 *   <li>{@link dev.touchline.model.Department#getParent <em>Parent</em>}</li>
 *   <li>{@link dev.touchline.model.Department#getOwnedTouchpoints <em>Owned Touchpoints</em>}</li>
 *   <li>{@link dev.touchline.model.Department#getSupportedTouchpoints <em>Supported Touchpoints</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getDepartment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='departmentIdle departmentCycle duplicateName'"
 * @generated
 */
public interface Department extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who heads the department and reviews its touchpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Head</em>' attribute.
	 * @see #setHead(String)
	 * @see dev.touchline.model.TouchlinePackage#getDepartment_Head()
	 * @model
	 * @generated
	 */
	String getHead();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Department#getHead <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' attribute.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department's colour on the map, as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see dev.touchline.model.TouchlinePackage#getDepartment_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Department#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department this one belongs to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Department)
	 * @see dev.touchline.model.TouchlinePackage#getDepartment_Parent()
	 * @model
	 * @generated
	 */
	Department getParent();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Department#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Department value);

	/**
	 * Returns the value of the '<em><b>Owned Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.Touchpoint}.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Touchpoint#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoints this department is accountable for (the inverse of Touchpoint.owner; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owned Touchpoints</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getDepartment_OwnedTouchpoints()
	 * @see dev.touchline.model.Touchpoint#getOwner
	 * @model opposite="owner" transient="true"
	 * @generated
	 */
	EList<Touchpoint> getOwnedTouchpoints();

	/**
	 * Returns the value of the '<em><b>Supported Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.Touchpoint}.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Touchpoint#getSupporters <em>Supporters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoints this department supports (the inverse of Touchpoint.supporters; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supported Touchpoints</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getDepartment_SupportedTouchpoints()
	 * @see dev.touchline.model.Touchpoint#getSupporters
	 * @model opposite="supporters" transient="true"
	 * @generated
	 */
	EList<Touchpoint> getSupportedTouchpoints();

} // Department
