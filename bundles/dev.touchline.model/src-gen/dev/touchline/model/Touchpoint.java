/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One interaction or moment where the customer meets the company, directly or through something the company did. One department is accountable for it; others support it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getVisibility <em>Visibility</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getSupporters <em>Supporters</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getPromises <em>Promises</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getEmpowerment <em>Empowerment</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link dev.touchline.model.Touchpoint#getInsights <em>Insights</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getTouchpoint()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='touchpointOwner touchpointMetric momentOfTruth emotionRange'"
 * @generated
 */
public interface Touchpoint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The medium of this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Touchpoint#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Visibility</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.Visibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the touchpoint sits in the service blueprint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visibility</em>' attribute.
	 * @see dev.touchline.model.Visibility
	 * @see #setVisibility(Visibility)
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Visibility()
	 * @model
	 * @generated
	 */
	Visibility getVisibility();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Touchpoint#getVisibility <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visibility</em>' attribute.
	 * @see dev.touchline.model.Visibility
	 * @see #getVisibility()
	 * @generated
	 */
	void setVisibility(Visibility value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Department#getOwnedTouchpoints <em>Owned Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The one department accountable for this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Department)
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Owner()
	 * @see dev.touchline.model.Department#getOwnedTouchpoints
	 * @model opposite="ownedTouchpoints"
	 * @generated
	 */
	Department getOwner();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Touchpoint#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Department value);

	/**
	 * Returns the value of the '<em><b>Supporters</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.Department}.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Department#getSupportedTouchpoints <em>Supported Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Departments that support this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supporters</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Supporters()
	 * @see dev.touchline.model.Department#getSupportedTouchpoints
	 * @model opposite="supportedTouchpoints"
	 * @generated
	 */
	EList<Department> getSupporters();

	/**
	 * Returns the value of the '<em><b>Promises</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.BrandPromise}.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.BrandPromise#getDeliveredBy <em>Delivered By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The brand promises this touchpoint delivers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promises</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Promises()
	 * @see dev.touchline.model.BrandPromise#getDeliveredBy
	 * @model opposite="deliveredBy"
	 * @generated
	 */
	EList<BrandPromise> getPromises();

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metrics measured at this touchpoint, with targets and actuals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer feels at this touchpoint, on the model's emotion scale; none when not assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion</em>' attribute.
	 * @see #setEmotion(Integer)
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Emotion()
	 * @model
	 * @generated
	 */
	Integer getEmotion();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Touchpoint#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion</em>' attribute.
	 * @see #getEmotion()
	 * @generated
	 */
	void setEmotion(Integer value);

	/**
	 * Returns the value of the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this touchpoint decides if the customer stays or leaves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #setMomentOfTruth(boolean)
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_MomentOfTruth()
	 * @model
	 * @generated
	 */
	boolean isMomentOfTruth();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #isMomentOfTruth()
	 * @generated
	 */
	void setMomentOfTruth(boolean value);

	/**
	 * Returns the value of the '<em><b>Empowerment</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.Empowerment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much freedom employees have at this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Empowerment</em>' attribute.
	 * @see dev.touchline.model.Empowerment
	 * @see #setEmpowerment(Empowerment)
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Empowerment()
	 * @model
	 * @generated
	 */
	Empowerment getEmpowerment();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Touchpoint#getEmpowerment <em>Empowerment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Empowerment</em>' attribute.
	 * @see dev.touchline.model.Empowerment
	 * @see #getEmpowerment()
	 * @generated
	 */
	void setEmpowerment(Empowerment value);

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Problems customers meet at this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pain Points</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_PainPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<PainPoint> getPainPoints();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Improvement ideas for this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Opportunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Insights</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.EmployeeInsight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What front-line employees report about this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insights</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getTouchpoint_Insights()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmployeeInsight> getInsights();

} // Touchpoint
