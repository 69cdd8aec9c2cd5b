/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Channel;
import dev.touchline.model.Department;
import dev.touchline.model.EmployeeInsight;
import dev.touchline.model.Empowerment;
import dev.touchline.model.Measurement;
import dev.touchline.model.Opportunity;
import dev.touchline.model.PainPoint;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getVisibility <em>Visibility</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getSupporters <em>Supporters</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getPromises <em>Promises</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getEmpowerment <em>Empowerment</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link dev.touchline.model.impl.TouchpointImpl#getInsights <em>Insights</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends NamedElementImpl implements Touchpoint {
	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The default value of the '{@link #getVisibility() <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibility()
	 * @generated
	 * @ordered
	 */
	protected static final Visibility VISIBILITY_EDEFAULT = Visibility.FRONTSTAGE;

	/**
	 * The cached value of the '{@link #getVisibility() <em>Visibility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisibility()
	 * @generated
	 * @ordered
	 */
	protected Visibility visibility = VISIBILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Department owner;

	/**
	 * The cached value of the '{@link #getSupporters() <em>Supporters</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupporters()
	 * @generated
	 * @ordered
	 */
	protected EList<Department> supporters;

	/**
	 * The cached value of the '{@link #getPromises() <em>Promises</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromises()
	 * @generated
	 * @ordered
	 */
	protected EList<BrandPromise> promises;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

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
	 * The default value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOMENT_OF_TRUTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected boolean momentOfTruth = MOMENT_OF_TRUTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmpowerment() <em>Empowerment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowerment()
	 * @generated
	 * @ordered
	 */
	protected static final Empowerment EMPOWERMENT_EDEFAULT = Empowerment.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getEmpowerment() <em>Empowerment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmpowerment()
	 * @generated
	 * @ordered
	 */
	protected Empowerment empowerment = EMPOWERMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<PainPoint> painPoints;

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
	 * The cached value of the '{@link #getInsights() <em>Insights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsights()
	 * @generated
	 * @ordered
	 */
	protected EList<EmployeeInsight> insights;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.TOUCHPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchlinePackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visibility getVisibility() {
		return visibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisibility(Visibility newVisibility) {
		Visibility oldVisibility = visibility;
		visibility = newVisibility == null ? VISIBILITY_EDEFAULT : newVisibility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__VISIBILITY, oldVisibility, visibility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Department)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchlinePackage.TOUCHPOINT__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOwner(Department newOwner, NotificationChain msgs) {
		Department oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__OWNER, oldOwner, newOwner);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Department newOwner) {
		if (newOwner != owner) {
			NotificationChain msgs = null;
			if (owner != null)
				msgs = ((InternalEObject)owner).eInverseRemove(this, TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS, Department.class, msgs);
			if (newOwner != null)
				msgs = ((InternalEObject)newOwner).eInverseAdd(this, TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS, Department.class, msgs);
			msgs = basicSetOwner(newOwner, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__OWNER, newOwner, newOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Department> getSupporters() {
		if (supporters == null) {
			supporters = new EObjectWithInverseResolvingEList.ManyInverse<Department>(Department.class, this, TouchlinePackage.TOUCHPOINT__SUPPORTERS, TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS);
		}
		return supporters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BrandPromise> getPromises() {
		if (promises == null) {
			promises = new EObjectWithInverseResolvingEList.ManyInverse<BrandPromise>(BrandPromise.class, this, TouchlinePackage.TOUCHPOINT__PROMISES, TouchlinePackage.BRAND_PROMISE__DELIVERED_BY);
		}
		return promises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, TouchlinePackage.TOUCHPOINT__MEASUREMENTS);
		}
		return measurements;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__EMOTION, oldEmotion, emotion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMomentOfTruth() {
		return momentOfTruth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentOfTruth(boolean newMomentOfTruth) {
		boolean oldMomentOfTruth = momentOfTruth;
		momentOfTruth = newMomentOfTruth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__MOMENT_OF_TRUTH, oldMomentOfTruth, momentOfTruth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Empowerment getEmpowerment() {
		return empowerment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmpowerment(Empowerment newEmpowerment) {
		Empowerment oldEmpowerment = empowerment;
		empowerment = newEmpowerment == null ? EMPOWERMENT_EDEFAULT : newEmpowerment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.TOUCHPOINT__EMPOWERMENT, oldEmpowerment, empowerment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PainPoint> getPainPoints() {
		if (painPoints == null) {
			painPoints = new EObjectContainmentEList<PainPoint>(PainPoint.class, this, TouchlinePackage.TOUCHPOINT__PAIN_POINTS);
		}
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList<Opportunity>(Opportunity.class, this, TouchlinePackage.TOUCHPOINT__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmployeeInsight> getInsights() {
		if (insights == null) {
			insights = new EObjectContainmentEList<EmployeeInsight>(EmployeeInsight.class, this, TouchlinePackage.TOUCHPOINT__INSIGHTS);
		}
		return insights;
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
			case TouchlinePackage.TOUCHPOINT__OWNER:
				if (owner != null)
					msgs = ((InternalEObject)owner).eInverseRemove(this, TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS, Department.class, msgs);
				return basicSetOwner((Department)otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__SUPPORTERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSupporters()).basicAdd(otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__PROMISES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPromises()).basicAdd(otherEnd, msgs);
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
			case TouchlinePackage.TOUCHPOINT__OWNER:
				return basicSetOwner(null, msgs);
			case TouchlinePackage.TOUCHPOINT__SUPPORTERS:
				return ((InternalEList<?>)getSupporters()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__PROMISES:
				return ((InternalEList<?>)getPromises()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__PAIN_POINTS:
				return ((InternalEList<?>)getPainPoints()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.TOUCHPOINT__INSIGHTS:
				return ((InternalEList<?>)getInsights()).basicRemove(otherEnd, msgs);
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
			case TouchlinePackage.TOUCHPOINT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TouchlinePackage.TOUCHPOINT__VISIBILITY:
				return getVisibility();
			case TouchlinePackage.TOUCHPOINT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TouchlinePackage.TOUCHPOINT__SUPPORTERS:
				return getSupporters();
			case TouchlinePackage.TOUCHPOINT__PROMISES:
				return getPromises();
			case TouchlinePackage.TOUCHPOINT__MEASUREMENTS:
				return getMeasurements();
			case TouchlinePackage.TOUCHPOINT__EMOTION:
				return getEmotion();
			case TouchlinePackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				return isMomentOfTruth();
			case TouchlinePackage.TOUCHPOINT__EMPOWERMENT:
				return getEmpowerment();
			case TouchlinePackage.TOUCHPOINT__PAIN_POINTS:
				return getPainPoints();
			case TouchlinePackage.TOUCHPOINT__OPPORTUNITIES:
				return getOpportunities();
			case TouchlinePackage.TOUCHPOINT__INSIGHTS:
				return getInsights();
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
			case TouchlinePackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__VISIBILITY:
				setVisibility((Visibility)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__OWNER:
				setOwner((Department)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__SUPPORTERS:
				getSupporters().clear();
				getSupporters().addAll((Collection<? extends Department>)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__PROMISES:
				getPromises().clear();
				getPromises().addAll((Collection<? extends BrandPromise>)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__EMOTION:
				setEmotion((Integer)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				setMomentOfTruth((Boolean)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__EMPOWERMENT:
				setEmpowerment((Empowerment)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__PAIN_POINTS:
				getPainPoints().clear();
				getPainPoints().addAll((Collection<? extends PainPoint>)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
				return;
			case TouchlinePackage.TOUCHPOINT__INSIGHTS:
				getInsights().clear();
				getInsights().addAll((Collection<? extends EmployeeInsight>)newValue);
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
			case TouchlinePackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)null);
				return;
			case TouchlinePackage.TOUCHPOINT__VISIBILITY:
				setVisibility(VISIBILITY_EDEFAULT);
				return;
			case TouchlinePackage.TOUCHPOINT__OWNER:
				setOwner((Department)null);
				return;
			case TouchlinePackage.TOUCHPOINT__SUPPORTERS:
				getSupporters().clear();
				return;
			case TouchlinePackage.TOUCHPOINT__PROMISES:
				getPromises().clear();
				return;
			case TouchlinePackage.TOUCHPOINT__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case TouchlinePackage.TOUCHPOINT__EMOTION:
				setEmotion(EMOTION_EDEFAULT);
				return;
			case TouchlinePackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				setMomentOfTruth(MOMENT_OF_TRUTH_EDEFAULT);
				return;
			case TouchlinePackage.TOUCHPOINT__EMPOWERMENT:
				setEmpowerment(EMPOWERMENT_EDEFAULT);
				return;
			case TouchlinePackage.TOUCHPOINT__PAIN_POINTS:
				getPainPoints().clear();
				return;
			case TouchlinePackage.TOUCHPOINT__OPPORTUNITIES:
				getOpportunities().clear();
				return;
			case TouchlinePackage.TOUCHPOINT__INSIGHTS:
				getInsights().clear();
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
			case TouchlinePackage.TOUCHPOINT__CHANNEL:
				return channel != null;
			case TouchlinePackage.TOUCHPOINT__VISIBILITY:
				return visibility != VISIBILITY_EDEFAULT;
			case TouchlinePackage.TOUCHPOINT__OWNER:
				return owner != null;
			case TouchlinePackage.TOUCHPOINT__SUPPORTERS:
				return supporters != null && !supporters.isEmpty();
			case TouchlinePackage.TOUCHPOINT__PROMISES:
				return promises != null && !promises.isEmpty();
			case TouchlinePackage.TOUCHPOINT__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case TouchlinePackage.TOUCHPOINT__EMOTION:
				return EMOTION_EDEFAULT == null ? emotion != null : !EMOTION_EDEFAULT.equals(emotion);
			case TouchlinePackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				return momentOfTruth != MOMENT_OF_TRUTH_EDEFAULT;
			case TouchlinePackage.TOUCHPOINT__EMPOWERMENT:
				return empowerment != EMPOWERMENT_EDEFAULT;
			case TouchlinePackage.TOUCHPOINT__PAIN_POINTS:
				return painPoints != null && !painPoints.isEmpty();
			case TouchlinePackage.TOUCHPOINT__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
			case TouchlinePackage.TOUCHPOINT__INSIGHTS:
				return insights != null && !insights.isEmpty();
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
		result.append(" (visibility: ");
		result.append(visibility);
		result.append(", emotion: ");
		result.append(emotion);
		result.append(", momentOfTruth: ");
		result.append(momentOfTruth);
		result.append(", empowerment: ");
		result.append(empowerment);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
