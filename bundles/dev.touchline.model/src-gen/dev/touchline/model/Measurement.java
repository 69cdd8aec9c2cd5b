/**
 */
package dev.touchline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metric measured at one touchpoint: its target and its latest actual value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Measurement#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.touchline.model.Measurement#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.touchline.model.Measurement#getActual <em>Actual</em>}</li>
 *   <li>{@link dev.touchline.model.Measurement#getMeasuredOn <em>Measured On</em>}</li>
 *   <li>{@link dev.touchline.model.Measurement#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getMeasurement()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='measurementMetric measurementTarget measurementOffTarget'"
 * @generated
 */
public interface Measurement extends Element {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Metric#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metric measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' reference.
	 * @see #setMetric(Metric)
	 * @see dev.touchline.model.TouchlinePackage#getMeasurement_Metric()
	 * @see dev.touchline.model.Metric#getMeasurements
	 * @model opposite="measurements"
	 * @generated
	 */
	Metric getMetric();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Measurement#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(Metric value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value the owning department aims for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see dev.touchline.model.TouchlinePackage#getMeasurement_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Measurement#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest measured value; none when not measured yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(Double)
	 * @see dev.touchline.model.TouchlinePackage#getMeasurement_Actual()
	 * @model
	 * @generated
	 */
	Double getActual();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Measurement#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(Double value);

	/**
	 * Returns the value of the '<em><b>Measured On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the actual value was measured, as an ISO-8601 date (yyyy-mm-dd).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured On</em>' attribute.
	 * @see #setMeasuredOn(String)
	 * @see dev.touchline.model.TouchlinePackage#getMeasurement_MeasuredOn()
	 * @model
	 * @generated
	 */
	String getMeasuredOn();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Measurement#getMeasuredOn <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measured On</em>' attribute.
	 * @see #getMeasuredOn()
	 * @generated
	 */
	void setMeasuredOn(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the actual value comes from (survey, CRM report, call logs...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see dev.touchline.model.TouchlinePackage#getMeasurement_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Measurement#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // Measurement
