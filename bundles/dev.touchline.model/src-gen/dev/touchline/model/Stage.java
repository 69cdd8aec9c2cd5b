/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phase of a journey (Discover, Book, Prepare, Moving day, Follow-up), drawn as a column of the map.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Stage#getCustomerGoal <em>Customer Goal</em>}</li>
 *   <li>{@link dev.touchline.model.Stage#getCustomerActions <em>Customer Actions</em>}</li>
 *   <li>{@link dev.touchline.model.Stage#getThoughts <em>Thoughts</em>}</li>
 *   <li>{@link dev.touchline.model.Stage#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link dev.touchline.model.Stage#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link dev.touchline.model.Stage#getOpportunities <em>Opportunities</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getStage()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='stageEmpty emotionRange'"
 * @generated
 */
public interface Stage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Customer Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer wants to achieve in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Goal</em>' attribute.
	 * @see #setCustomerGoal(String)
	 * @see dev.touchline.model.TouchlinePackage#getStage_CustomerGoal()
	 * @model
	 * @generated
	 */
	String getCustomerGoal();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Stage#getCustomerGoal <em>Customer Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Goal</em>' attribute.
	 * @see #getCustomerGoal()
	 * @generated
	 */
	void setCustomerGoal(String value);

	/**
	 * Returns the value of the '<em><b>Customer Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer does in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Actions</em>' attribute.
	 * @see #setCustomerActions(String)
	 * @see dev.touchline.model.TouchlinePackage#getStage_CustomerActions()
	 * @model
	 * @generated
	 */
	String getCustomerActions();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Stage#getCustomerActions <em>Customer Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Actions</em>' attribute.
	 * @see #getCustomerActions()
	 * @generated
	 */
	void setCustomerActions(String value);

	/**
	 * Returns the value of the '<em><b>Thoughts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer thinks in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thoughts</em>' attribute.
	 * @see #setThoughts(String)
	 * @see dev.touchline.model.TouchlinePackage#getStage_Thoughts()
	 * @model
	 * @generated
	 */
	String getThoughts();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Stage#getThoughts <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thoughts</em>' attribute.
	 * @see #getThoughts()
	 * @generated
	 */
	void setThoughts(String value);

	/**
	 * Returns the value of the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer feels in this stage, on the model's emotion scale; none when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion</em>' attribute.
	 * @see #setEmotion(Integer)
	 * @see dev.touchline.model.TouchlinePackage#getStage_Emotion()
	 * @model
	 * @generated
	 */
	Integer getEmotion();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Stage#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion</em>' attribute.
	 * @see #getEmotion()
	 * @generated
	 */
	void setEmotion(Integer value);

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoints of this stage, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getStage_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Improvement ideas for this stage as a whole.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getStage_Opportunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

} // Stage
