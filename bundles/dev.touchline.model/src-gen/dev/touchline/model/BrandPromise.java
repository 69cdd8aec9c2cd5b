/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Brand Promise</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a customer may expect at every touchpoint, for example "We show up when we say we will". Every employee who has to keep it should know it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.BrandPromise#getDeliveredBy <em>Delivered By</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getBrandPromise()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='promiseUndelivered promiseUnmeasured duplicateName'"
 * @generated
 */
public interface BrandPromise extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Delivered By</b></em>' reference list.
	 * The list contents are of type {@link dev.touchline.model.Touchpoint}.
	 * It is bidirectional and its opposite is '{@link dev.touchline.model.Touchpoint#getPromises <em>Promises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The touchpoints that deliver this promise (the inverse of Touchpoint.promises; not saved).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivered By</em>' reference list.
	 * @see dev.touchline.model.TouchlinePackage#getBrandPromise_DeliveredBy()
	 * @see dev.touchline.model.Touchpoint#getPromises
	 * @model opposite="promises" transient="true"
	 * @generated
	 */
	EList<Touchpoint> getDeliveredBy();

} // BrandPromise
