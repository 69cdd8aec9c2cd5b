/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.Opportunity;
import dev.touchline.model.Stage;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.StageImpl#getCustomerGoal <em>Customer Goal</em>}</li>
 *   <li>{@link dev.touchline.model.impl.StageImpl#getCustomerActions <em>Customer Actions</em>}</li>
 *   <li>{@link dev.touchline.model.impl.StageImpl#getThoughts <em>Thoughts</em>}</li>
 *   <li>{@link dev.touchline.model.impl.StageImpl#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link dev.touchline.model.impl.StageImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link dev.touchline.model.impl.StageImpl#getOpportunities <em>Opportunities</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageImpl extends NamedElementImpl implements Stage {
	/**
	 * The default value of the '{@link #getCustomerGoal() <em>Customer Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerGoal() <em>Customer Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerGoal()
	 * @generated
	 * @ordered
	 */
	protected String customerGoal = CUSTOMER_GOAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerActions() <em>Customer Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerActions()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_ACTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerActions() <em>Customer Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerActions()
	 * @generated
	 * @ordered
	 */
	protected String customerActions = CUSTOMER_ACTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getThoughts() <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThoughts()
	 * @generated
	 * @ordered
	 */
	protected static final String THOUGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThoughts() <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThoughts()
	 * @generated
	 * @ordered
	 */
	protected String thoughts = THOUGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EMOTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected Integer emotion = EMOTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.STAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerGoal() {
		return customerGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerGoal(String newCustomerGoal) {
		String oldCustomerGoal = customerGoal;
		customerGoal = newCustomerGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.STAGE__CUSTOMER_GOAL, oldCustomerGoal, customerGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerActions() {
		return customerActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerActions(String newCustomerActions) {
		String oldCustomerActions = customerActions;
		customerActions = newCustomerActions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.STAGE__CUSTOMER_ACTIONS, oldCustomerActions, customerActions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThoughts() {
		return thoughts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThoughts(String newThoughts) {
		String oldThoughts = thoughts;
		thoughts = newThoughts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.STAGE__THOUGHTS, oldThoughts, thoughts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEmotion() {
		return emotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotion(Integer newEmotion) {
		Integer oldEmotion = emotion;
		emotion = newEmotion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.STAGE__EMOTION, oldEmotion, emotion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectContainmentEList<Touchpoint>(Touchpoint.class, this, TouchlinePackage.STAGE__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList<Opportunity>(Opportunity.class, this, TouchlinePackage.STAGE__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchlinePackage.STAGE__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.STAGE__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
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
			case TouchlinePackage.STAGE__CUSTOMER_GOAL:
				return getCustomerGoal();
			case TouchlinePackage.STAGE__CUSTOMER_ACTIONS:
				return getCustomerActions();
			case TouchlinePackage.STAGE__THOUGHTS:
				return getThoughts();
			case TouchlinePackage.STAGE__EMOTION:
				return getEmotion();
			case TouchlinePackage.STAGE__TOUCHPOINTS:
				return getTouchpoints();
			case TouchlinePackage.STAGE__OPPORTUNITIES:
				return getOpportunities();
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
			case TouchlinePackage.STAGE__CUSTOMER_GOAL:
				setCustomerGoal((String)newValue);
				return;
			case TouchlinePackage.STAGE__CUSTOMER_ACTIONS:
				setCustomerActions((String)newValue);
				return;
			case TouchlinePackage.STAGE__THOUGHTS:
				setThoughts((String)newValue);
				return;
			case TouchlinePackage.STAGE__EMOTION:
				setEmotion((Integer)newValue);
				return;
			case TouchlinePackage.STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case TouchlinePackage.STAGE__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
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
			case TouchlinePackage.STAGE__CUSTOMER_GOAL:
				setCustomerGoal(CUSTOMER_GOAL_EDEFAULT);
				return;
			case TouchlinePackage.STAGE__CUSTOMER_ACTIONS:
				setCustomerActions(CUSTOMER_ACTIONS_EDEFAULT);
				return;
			case TouchlinePackage.STAGE__THOUGHTS:
				setThoughts(THOUGHTS_EDEFAULT);
				return;
			case TouchlinePackage.STAGE__EMOTION:
				setEmotion(EMOTION_EDEFAULT);
				return;
			case TouchlinePackage.STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case TouchlinePackage.STAGE__OPPORTUNITIES:
				getOpportunities().clear();
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
			case TouchlinePackage.STAGE__CUSTOMER_GOAL:
				return CUSTOMER_GOAL_EDEFAULT == null ? customerGoal != null : !CUSTOMER_GOAL_EDEFAULT.equals(customerGoal);
			case TouchlinePackage.STAGE__CUSTOMER_ACTIONS:
				return CUSTOMER_ACTIONS_EDEFAULT == null ? customerActions != null : !CUSTOMER_ACTIONS_EDEFAULT.equals(customerActions);
			case TouchlinePackage.STAGE__THOUGHTS:
				return THOUGHTS_EDEFAULT == null ? thoughts != null : !THOUGHTS_EDEFAULT.equals(thoughts);
			case TouchlinePackage.STAGE__EMOTION:
				return EMOTION_EDEFAULT == null ? emotion != null : !EMOTION_EDEFAULT.equals(emotion);
			case TouchlinePackage.STAGE__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case TouchlinePackage.STAGE__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
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
		result.append(" (customerGoal: ");
		result.append(customerGoal);
		result.append(", customerActions: ");
		result.append(customerActions);
		result.append(", thoughts: ");
		result.append(thoughts);
		result.append(", emotion: ");
		result.append(emotion);
		result.append(')');
		return result.toString();
	}

} //StageImpl
