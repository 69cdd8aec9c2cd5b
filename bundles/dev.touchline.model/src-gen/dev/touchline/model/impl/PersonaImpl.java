/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.Persona;
import dev.touchline.model.TouchlinePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.PersonaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link dev.touchline.model.impl.PersonaImpl#getFrustrations <em>Frustrations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona {
	/**
	 * The default value of the '{@link #getGoals() <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected static final String GOALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected String goals = GOALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrustrations() <em>Frustrations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrustrations()
	 * @generated
	 * @ordered
	 */
	protected static final String FRUSTRATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrustrations() <em>Frustrations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrustrations()
	 * @generated
	 * @ordered
	 */
	protected String frustrations = FRUSTRATIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoals() {
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoals(String newGoals) {
		String oldGoals = goals;
		goals = newGoals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.PERSONA__GOALS, oldGoals, goals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrustrations() {
		return frustrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrustrations(String newFrustrations) {
		String oldFrustrations = frustrations;
		frustrations = newFrustrations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.PERSONA__FRUSTRATIONS, oldFrustrations, frustrations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchlinePackage.PERSONA__GOALS:
				return getGoals();
			case TouchlinePackage.PERSONA__FRUSTRATIONS:
				return getFrustrations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TouchlinePackage.PERSONA__GOALS:
				setGoals((String)newValue);
				return;
			case TouchlinePackage.PERSONA__FRUSTRATIONS:
				setFrustrations((String)newValue);
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
			case TouchlinePackage.PERSONA__GOALS:
				setGoals(GOALS_EDEFAULT);
				return;
			case TouchlinePackage.PERSONA__FRUSTRATIONS:
				setFrustrations(FRUSTRATIONS_EDEFAULT);
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
			case TouchlinePackage.PERSONA__GOALS:
				return GOALS_EDEFAULT == null ? goals != null : !GOALS_EDEFAULT.equals(goals);
			case TouchlinePackage.PERSONA__FRUSTRATIONS:
				return FRUSTRATIONS_EDEFAULT == null ? frustrations != null : !FRUSTRATIONS_EDEFAULT.equals(frustrations);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (goals: ");
		result.append(goals);
		result.append(", frustrations: ");
		result.append(frustrations);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
