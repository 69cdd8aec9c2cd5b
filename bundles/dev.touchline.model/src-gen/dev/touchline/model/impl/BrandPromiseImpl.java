/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Brand Promise</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.BrandPromiseImpl#getDeliveredBy <em>Delivered By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BrandPromiseImpl extends NamedElementImpl implements BrandPromise {
	/**
	 * The cached value of the '{@link #getDeliveredBy() <em>Delivered By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> deliveredBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BrandPromiseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.BRAND_PROMISE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getDeliveredBy() {
		if (deliveredBy == null) {
			deliveredBy = new EObjectWithInverseResolvingEList.ManyInverse<Touchpoint>(Touchpoint.class, this, TouchlinePackage.BRAND_PROMISE__DELIVERED_BY, TouchlinePackage.TOUCHPOINT__PROMISES);
		}
		return deliveredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchlinePackage.BRAND_PROMISE__DELIVERED_BY:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDeliveredBy()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchlinePackage.BRAND_PROMISE__DELIVERED_BY:
				return ((InternalEList<?>)getDeliveredBy()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchlinePackage.BRAND_PROMISE__DELIVERED_BY:
				return getDeliveredBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchlinePackage.BRAND_PROMISE__DELIVERED_BY:
				getDeliveredBy().clear();
				getDeliveredBy().addAll((Collection<? extends Touchpoint>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TouchlinePackage.BRAND_PROMISE__DELIVERED_BY:
				getDeliveredBy().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TouchlinePackage.BRAND_PROMISE__DELIVERED_BY:
				return deliveredBy != null && !deliveredBy.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //BrandPromiseImpl
