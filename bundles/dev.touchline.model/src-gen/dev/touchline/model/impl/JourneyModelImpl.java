/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Channel;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.Persona;
import dev.touchline.model.ServiceValue;
import dev.touchline.model.TouchlinePackage;

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
 * An implementation of the model object '<em><b>Journey Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getDepartments <em>Departments</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getBrandPromises <em>Brand Promises</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getServiceValues <em>Service Values</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getEmotionMin <em>Emotion Min</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getEmotionMax <em>Emotion Max</em>}</li>
 *   <li>{@link dev.touchline.model.impl.JourneyModelImpl#getFormatVersion <em>Format Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyModelImpl extends NamedElementImpl implements JourneyModel {
	/**
	 * The cached value of the '{@link #getJourneys() <em>Journeys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneys()
	 * @generated
	 * @ordered
	 */
	protected EList<Journey> journeys;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getDepartments() <em>Departments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartments()
	 * @generated
	 * @ordered
	 */
	protected EList<Department> departments;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getBrandPromises() <em>Brand Promises</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandPromises()
	 * @generated
	 * @ordered
	 */
	protected EList<BrandPromise> brandPromises;

	/**
	 * The cached value of the '{@link #getServiceValues() <em>Service Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceValues()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceValue> serviceValues;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The default value of the '{@link #getEmotionMin() <em>Emotion Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotionMin()
	 * @generated
	 * @ordered
	 */
	protected static final int EMOTION_MIN_EDEFAULT = -2;

	/**
	 * The cached value of the '{@link #getEmotionMin() <em>Emotion Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotionMin()
	 * @generated
	 * @ordered
	 */
	protected int emotionMin = EMOTION_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmotionMax() <em>Emotion Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotionMax()
	 * @generated
	 * @ordered
	 */
	protected static final int EMOTION_MAX_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getEmotionMax() <em>Emotion Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotionMax()
	 * @generated
	 * @ordered
	 */
	protected int emotionMax = EMOTION_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.JOURNEY_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Journey> getJourneys() {
		if (journeys == null) {
			journeys = new EObjectContainmentEList<Journey>(Journey.class, this, TouchlinePackage.JOURNEY_MODEL__JOURNEYS);
		}
		return journeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, TouchlinePackage.JOURNEY_MODEL__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Department> getDepartments() {
		if (departments == null) {
			departments = new EObjectContainmentEList<Department>(Department.class, this, TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS);
		}
		return departments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, TouchlinePackage.JOURNEY_MODEL__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BrandPromise> getBrandPromises() {
		if (brandPromises == null) {
			brandPromises = new EObjectContainmentEList<BrandPromise>(BrandPromise.class, this, TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES);
		}
		return brandPromises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceValue> getServiceValues() {
		if (serviceValues == null) {
			serviceValues = new EObjectContainmentEList<ServiceValue>(ServiceValue.class, this, TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES);
		}
		return serviceValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, TouchlinePackage.JOURNEY_MODEL__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmotionMin() {
		return emotionMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotionMin(int newEmotionMin) {
		int oldEmotionMin = emotionMin;
		emotionMin = newEmotionMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.JOURNEY_MODEL__EMOTION_MIN, oldEmotionMin, emotionMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmotionMax() {
		return emotionMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotionMax(int newEmotionMax) {
		int oldEmotionMax = emotionMax;
		emotionMax = newEmotionMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.JOURNEY_MODEL__EMOTION_MAX, oldEmotionMax, emotionMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.JOURNEY_MODEL__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchlinePackage.JOURNEY_MODEL__JOURNEYS:
				return ((InternalEList<?>)getJourneys()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.JOURNEY_MODEL__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS:
				return ((InternalEList<?>)getDepartments()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.JOURNEY_MODEL__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES:
				return ((InternalEList<?>)getBrandPromises()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES:
				return ((InternalEList<?>)getServiceValues()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.JOURNEY_MODEL__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
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
			case TouchlinePackage.JOURNEY_MODEL__JOURNEYS:
				return getJourneys();
			case TouchlinePackage.JOURNEY_MODEL__PERSONAS:
				return getPersonas();
			case TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS:
				return getDepartments();
			case TouchlinePackage.JOURNEY_MODEL__CHANNELS:
				return getChannels();
			case TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES:
				return getBrandPromises();
			case TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES:
				return getServiceValues();
			case TouchlinePackage.JOURNEY_MODEL__METRICS:
				return getMetrics();
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MIN:
				return getEmotionMin();
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MAX:
				return getEmotionMax();
			case TouchlinePackage.JOURNEY_MODEL__FORMAT_VERSION:
				return getFormatVersion();
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
			case TouchlinePackage.JOURNEY_MODEL__JOURNEYS:
				getJourneys().clear();
				getJourneys().addAll((Collection<? extends Journey>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS:
				getDepartments().clear();
				getDepartments().addAll((Collection<? extends Department>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES:
				getBrandPromises().clear();
				getBrandPromises().addAll((Collection<? extends BrandPromise>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES:
				getServiceValues().clear();
				getServiceValues().addAll((Collection<? extends ServiceValue>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MIN:
				setEmotionMin((Integer)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MAX:
				setEmotionMax((Integer)newValue);
				return;
			case TouchlinePackage.JOURNEY_MODEL__FORMAT_VERSION:
				setFormatVersion((String)newValue);
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
			case TouchlinePackage.JOURNEY_MODEL__JOURNEYS:
				getJourneys().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__PERSONAS:
				getPersonas().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS:
				getDepartments().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__CHANNELS:
				getChannels().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES:
				getBrandPromises().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES:
				getServiceValues().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__METRICS:
				getMetrics().clear();
				return;
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MIN:
				setEmotionMin(EMOTION_MIN_EDEFAULT);
				return;
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MAX:
				setEmotionMax(EMOTION_MAX_EDEFAULT);
				return;
			case TouchlinePackage.JOURNEY_MODEL__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
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
			case TouchlinePackage.JOURNEY_MODEL__JOURNEYS:
				return journeys != null && !journeys.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__PERSONAS:
				return personas != null && !personas.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS:
				return departments != null && !departments.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES:
				return brandPromises != null && !brandPromises.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES:
				return serviceValues != null && !serviceValues.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__METRICS:
				return metrics != null && !metrics.isEmpty();
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MIN:
				return emotionMin != EMOTION_MIN_EDEFAULT;
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MAX:
				return emotionMax != EMOTION_MAX_EDEFAULT;
			case TouchlinePackage.JOURNEY_MODEL__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
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
		result.append(" (emotionMin: ");
		result.append(emotionMin);
		result.append(", emotionMax: ");
		result.append(emotionMax);
		result.append(", formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //JourneyModelImpl
