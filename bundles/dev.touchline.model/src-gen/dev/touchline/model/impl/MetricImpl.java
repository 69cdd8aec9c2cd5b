/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.Direction;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.MetricKind;
import dev.touchline.model.TouchlinePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.MetricImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MetricImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MetricImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MetricImpl#getScaleMin <em>Scale Min</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MetricImpl#getScaleMax <em>Scale Max</em>}</li>
 *   <li>{@link dev.touchline.model.impl.MetricImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricImpl extends NamedElementImpl implements Metric {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MetricKind KIND_EDEFAULT = MetricKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MetricKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected static final Double SCALE_MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScaleMin() <em>Scale Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMin()
	 * @generated
	 * @ordered
	 */
	protected Double scaleMin = SCALE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected static final Double SCALE_MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScaleMax() <em>Scale Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScaleMax()
	 * @generated
	 * @ordered
	 */
	protected Double scaleMax = SCALE_MAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.METRIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MetricKind newKind) {
		MetricKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.METRIC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.METRIC__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.METRIC__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getScaleMin() {
		return scaleMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMin(Double newScaleMin) {
		Double oldScaleMin = scaleMin;
		scaleMin = newScaleMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.METRIC__SCALE_MIN, oldScaleMin, scaleMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getScaleMax() {
		return scaleMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScaleMax(Double newScaleMax) {
		Double oldScaleMax = scaleMax;
		scaleMax = newScaleMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.METRIC__SCALE_MAX, oldScaleMax, scaleMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectWithInverseResolvingEList<Measurement>(Measurement.class, this, TouchlinePackage.METRIC__MEASUREMENTS, TouchlinePackage.MEASUREMENT__METRIC);
		}
		return measurements;
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
			case TouchlinePackage.METRIC__MEASUREMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMeasurements()).basicAdd(otherEnd, msgs);
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
			case TouchlinePackage.METRIC__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
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
			case TouchlinePackage.METRIC__KIND:
				return getKind();
			case TouchlinePackage.METRIC__UNIT:
				return getUnit();
			case TouchlinePackage.METRIC__DIRECTION:
				return getDirection();
			case TouchlinePackage.METRIC__SCALE_MIN:
				return getScaleMin();
			case TouchlinePackage.METRIC__SCALE_MAX:
				return getScaleMax();
			case TouchlinePackage.METRIC__MEASUREMENTS:
				return getMeasurements();
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
			case TouchlinePackage.METRIC__KIND:
				setKind((MetricKind)newValue);
				return;
			case TouchlinePackage.METRIC__UNIT:
				setUnit((String)newValue);
				return;
			case TouchlinePackage.METRIC__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case TouchlinePackage.METRIC__SCALE_MIN:
				setScaleMin((Double)newValue);
				return;
			case TouchlinePackage.METRIC__SCALE_MAX:
				setScaleMax((Double)newValue);
				return;
			case TouchlinePackage.METRIC__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
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
			case TouchlinePackage.METRIC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TouchlinePackage.METRIC__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TouchlinePackage.METRIC__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case TouchlinePackage.METRIC__SCALE_MIN:
				setScaleMin(SCALE_MIN_EDEFAULT);
				return;
			case TouchlinePackage.METRIC__SCALE_MAX:
				setScaleMax(SCALE_MAX_EDEFAULT);
				return;
			case TouchlinePackage.METRIC__MEASUREMENTS:
				getMeasurements().clear();
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
			case TouchlinePackage.METRIC__KIND:
				return kind != KIND_EDEFAULT;
			case TouchlinePackage.METRIC__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TouchlinePackage.METRIC__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case TouchlinePackage.METRIC__SCALE_MIN:
				return SCALE_MIN_EDEFAULT == null ? scaleMin != null : !SCALE_MIN_EDEFAULT.equals(scaleMin);
			case TouchlinePackage.METRIC__SCALE_MAX:
				return SCALE_MAX_EDEFAULT == null ? scaleMax != null : !SCALE_MAX_EDEFAULT.equals(scaleMax);
			case TouchlinePackage.METRIC__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", scaleMin: ");
		result.append(scaleMin);
		result.append(", scaleMax: ");
		result.append(scaleMax);
		result.append(')');
		return result.toString();
	}

} //MetricImpl
