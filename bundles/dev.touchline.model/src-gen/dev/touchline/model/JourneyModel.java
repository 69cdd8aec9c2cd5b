/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a Touchline file: the journeys of one business line and everything they refer to (personas, departments, channels, brand promises, service values, metric definitions).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.JourneyModel#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getPersonas <em>Personas</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getDepartments <em>Departments</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getChannels <em>Channels</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getBrandPromises <em>Brand Promises</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getServiceValues <em>Service Values</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getEmotionMin <em>Emotion Min</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getEmotionMax <em>Emotion Max</em>}</li>
 *   <li>{@link dev.touchline.model.JourneyModel#getFormatVersion <em>Format Version</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getJourneyModel()
 * @model
 * @generated
 */
public interface JourneyModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Journeys</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Journey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journeys drawn in this model, for example a current-state and a future-state version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journeys</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_Journeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Journey> getJourneys();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer types the journeys are drawn for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Departments</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisational units that own and support touchpoints, front office and back office alike.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Departments</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_Departments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Department> getDepartments();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The media through which customers meet the company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Brand Promises</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.BrandPromise}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a customer may expect at every touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand Promises</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_BrandPromises()
	 * @model containment="true"
	 * @generated
	 */
	EList<BrandPromise> getBrandPromises();

	/**
	 * Returns the value of the '<em><b>Service Values</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.ServiceValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values of the service philosophy, phrased as actions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Values</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_ServiceValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceValue> getServiceValues();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric definitions, defined once and measured at touchpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Emotion Min</b></em>' attribute.
	 * The default value is <code>"-2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest emotion score of this model (commonly -2 or -5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion Min</em>' attribute.
	 * @see #setEmotionMin(int)
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_EmotionMin()
	 * @model default="-2"
	 * @generated
	 */
	int getEmotionMin();

	/**
	 * Sets the value of the '{@link dev.touchline.model.JourneyModel#getEmotionMin <em>Emotion Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion Min</em>' attribute.
	 * @see #getEmotionMin()
	 * @generated
	 */
	void setEmotionMin(int value);

	/**
	 * Returns the value of the '<em><b>Emotion Max</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest emotion score of this model (commonly +2 or +5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion Max</em>' attribute.
	 * @see #setEmotionMax(int)
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_EmotionMax()
	 * @model default="2"
	 * @generated
	 */
	int getEmotionMax();

	/**
	 * Sets the value of the '{@link dev.touchline.model.JourneyModel#getEmotionMax <em>Emotion Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion Max</em>' attribute.
	 * @see #getEmotionMax()
	 * @generated
	 */
	void setEmotionMax(int value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of Touchline's file format that wrote this file, MAJOR.MINOR (see docs/file-format.md). Touchline sets it on every save; a file without it was written before formats had versions (1.0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see dev.touchline.model.TouchlinePackage#getJourneyModel_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link dev.touchline.model.JourneyModel#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

} // JourneyModel
