/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure defined once and measured at touchpoints (NPS, CSAT, FCR, first response time...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Metric#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.touchline.model.Metric#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.touchline.model.Metric#getDirection <em>Direction</em>}</li>
 *   <li>{@link dev.touchline.model.Metric#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link dev.touchline.model.Metric#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link dev.touchline.model.Metric#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getMetric()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='duplicateName'"
 * @generated
 */
public interface Metric extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which well-known metric this is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.touchline.model.MetricKind
	 * @see #setKind(MetricKind)
	 * @see dev.touchline.model.TouchlinePackage#getMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Metric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.touchline.model.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of its values, for example %, minutes or points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see dev.touchline.model.TouchlinePackage#getMetric_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Metric#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether higher or lower values are better.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see dev.touchline.model.Direction
	 * @see #setDirection(Direction)
	 * @see dev.touchline.model.TouchlinePackage#getMetric_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Metric#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see dev.touchline.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Scale Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lowest value on the metric's scale; none when open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale Min</em>' attribute.
	 * @see #setScaleMin(Double)
	 * @see dev.touchline.model.TouchlinePackage#getMetric_ScaleMin()
	 * @model
	 * @generated
	 */
	Double getScaleMin();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Metric#getScaleMin <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Min</em>' attribute.
	 * @see #getScaleMin()
	 * @generated
	 */
	void setScaleMin(Double value);

	/**
	 * Returns the value of the '<em><b>Scale Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The highest value on the metric's scale; none when open.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale Max</em>' attribute.
	 * @see #setScaleMax(Double)
	 * @see dev.touchline.model.TouchlinePackage#getMetric_ScaleMax()
	 * @model
	 * @generated
	 */
	Double getScaleMax();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Metric#getScaleMax <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Max</em>' attribute.
	 * @see #getScaleMax()
	 * @generated
	 */
	void setScaleMax(Double value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.Measurement}.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Measurement#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where this metric is measured (the inverse of Measurement.metric; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getMetric_Measurements()
	 * @see dev.touchline.model.Measurement#getMetric
	 * @model opposite="metric" transient="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Metric
