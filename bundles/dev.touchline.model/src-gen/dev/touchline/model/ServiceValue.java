/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value of the service philosophy phrased as an action ("Treat every customer with urgency"), linked to the metrics that show whether it is lived.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.ServiceValue#getMetrics <em>Metrics</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getServiceValue()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='valueUnmeasured'"
 * @generated
 */
public interface ServiceValue extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metrics that show whether this value is lived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getServiceValue_Metrics()
	 * @model
	 * @generated
	 */
	EList<Metric> getMetrics();

} // ServiceValue
