/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.TouchlinePackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.MeasurementImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MeasurementImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MeasurementImpl#getActual <em>Actual</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MeasurementImpl#getMeasuredOn <em>Measured On</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MeasurementImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends ElementImpl implements Measurement {
	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected Metric metric;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected static final Double ACTUAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected Double actual = ACTUAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasuredOn() <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredOn()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasuredOn() <em>Measured On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredOn()
	 * @generated
	 * @ordered
	 */
	protected String measuredOn = MEASURED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric getMetric() {
		if (metric != null && metric.eIsProxy()) {
			InternalEObject oldMetric = (InternalEObject)metric;
			metric = (Metric)eResolveProxy(oldMetric);
			if (metric != oldMetric) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchlinePackage.MEASUREMENT__METRIC, oldMetric, metric));
			}
		}
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Metric basicGetMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetric(Metric newMetric, NotificationChain msgs) {
		Metric oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TouchlinePackage.MEASUREMENT__METRIC, oldMetric, newMetric);
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
	public void setMetric(Metric newMetric) {
		if (newMetric != metric) {
			NotificationChain msgs = null;
			if (metric != null)
				msgs = ((InternalEObject)metric).eInverseRemove(this, TouchlinePackage.METRIC__MEASUREMENTS, Metric.class, msgs);
			if (newMetric != null)
				msgs = ((InternalEObject)newMetric).eInverseAdd(this, TouchlinePackage.METRIC__MEASUREMENTS, Metric.class, msgs);
			msgs = basicSetMetric(newMetric, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.MEASUREMENT__METRIC, newMetric, newMetric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Double newTarget) {
		Double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.MEASUREMENT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getActual() {
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActual(Double newActual) {
		Double oldActual = actual;
		actual = newActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.MEASUREMENT__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasuredOn() {
		return measuredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredOn(String newMeasuredOn) {
		String oldMeasuredOn = measuredOn;
		measuredOn = newMeasuredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.MEASUREMENT__MEASURED_ON, oldMeasuredOn, measuredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.MEASUREMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TouchlinePackage.MEASUREMENT__METRIC:
				if (metric != null)
					msgs = ((InternalEObject)metric).eInverseRemove(this, TouchlinePackage.METRIC__MEASUREMENTS, Metric.class, msgs);
				return basicSetMetric((Metric)otherEnd, msgs);
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
			case TouchlinePackage.MEASUREMENT__METRIC:
				return basicSetMetric(null, msgs);
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
			case TouchlinePackage.MEASUREMENT__METRIC:
				if (resolve) return getMetric();
				return basicGetMetric();
			case TouchlinePackage.MEASUREMENT__TARGET:
				return getTarget();
			case TouchlinePackage.MEASUREMENT__ACTUAL:
				return getActual();
			case TouchlinePackage.MEASUREMENT__MEASURED_ON:
				return getMeasuredOn();
			case TouchlinePackage.MEASUREMENT__SOURCE:
				return getSource();
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
			case TouchlinePackage.MEASUREMENT__METRIC:
				setMetric((Metric)newValue);
				return;
			case TouchlinePackage.MEASUREMENT__TARGET:
				setTarget((Double)newValue);
				return;
			case TouchlinePackage.MEASUREMENT__ACTUAL:
				setActual((Double)newValue);
				return;
			case TouchlinePackage.MEASUREMENT__MEASURED_ON:
				setMeasuredOn((String)newValue);
				return;
			case TouchlinePackage.MEASUREMENT__SOURCE:
				setSource((String)newValue);
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
			case TouchlinePackage.MEASUREMENT__METRIC:
				setMetric((Metric)null);
				return;
			case TouchlinePackage.MEASUREMENT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TouchlinePackage.MEASUREMENT__ACTUAL:
				setActual(ACTUAL_EDEFAULT);
				return;
			case TouchlinePackage.MEASUREMENT__MEASURED_ON:
				setMeasuredOn(MEASURED_ON_EDEFAULT);
				return;
			case TouchlinePackage.MEASUREMENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case TouchlinePackage.MEASUREMENT__METRIC:
				return metric != null;
			case TouchlinePackage.MEASUREMENT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TouchlinePackage.MEASUREMENT__ACTUAL:
				return ACTUAL_EDEFAULT == null ? actual != null : !ACTUAL_EDEFAULT.equals(actual);
			case TouchlinePackage.MEASUREMENT__MEASURED_ON:
				return MEASURED_ON_EDEFAULT == null ? measuredOn != null : !MEASURED_ON_EDEFAULT.equals(measuredOn);
			case TouchlinePackage.MEASUREMENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
		result.append(" (target: ");
		result.append(target);
		result.append(", actual: ");
		result.append(actual);
		result.append(", measuredOn: ");
		result.append(measuredOn);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
