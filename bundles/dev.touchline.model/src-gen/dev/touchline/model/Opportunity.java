/**
 */
package dev.touchline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An improvement idea attached to a stage or touchpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Opportunity#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.touchline.model.Opportunity#getPriority <em>Priority</em>}</li>
 *   <li>{@link dev.touchline.model.Opportunity#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getOpportunity()
 * @model
 * @generated
 */
public interface Opportunity extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department that carries the idea.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Department)
	 * @see dev.touchline.model.TouchlinePackage#getOpportunity_Owner()
	 * @model
	 * @generated
	 */
	Department getOwner();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Opportunity#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Department value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How urgent the idea is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see dev.touchline.model.Priority
	 * @see #setPriority(Priority)
	 * @see dev.touchline.model.TouchlinePackage#getOpportunity_Priority()
	 * @model
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Opportunity#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see dev.touchline.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.OpportunityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the idea has come.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.touchline.model.OpportunityStatus
	 * @see #setStatus(OpportunityStatus)
	 * @see dev.touchline.model.TouchlinePackage#getOpportunity_Status()
	 * @model
	 * @generated
	 */
	OpportunityStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Opportunity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.touchline.model.OpportunityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OpportunityStatus value);

} // Opportunity
