/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.EmployeeInsight;
import dev.touchline.model.TouchlinePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Employee Insight</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.EmployeeInsightImpl#getText <em>Text</em>}</li>
 *   <li>{@link dev.touchline.model.impl.EmployeeInsightImpl#getReportedBy <em>Reported By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EmployeeInsightImpl extends ElementImpl implements EmployeeInsight {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedBy() <em>Reported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedBy() <em>Reported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedBy()
	 * @generated
	 * @ordered
	 */
	protected String reportedBy = REPORTED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EmployeeInsightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.EMPLOYEE_INSIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.EMPLOYEE_INSIGHT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportedBy() {
		return reportedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedBy(String newReportedBy) {
		String oldReportedBy = reportedBy;
		reportedBy = newReportedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.EMPLOYEE_INSIGHT__REPORTED_BY, oldReportedBy, reportedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TouchlinePackage.EMPLOYEE_INSIGHT__TEXT:
				return getText();
			case TouchlinePackage.EMPLOYEE_INSIGHT__REPORTED_BY:
				return getReportedBy();
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
			case TouchlinePackage.EMPLOYEE_INSIGHT__TEXT:
				setText((String)newValue);
				return;
			case TouchlinePackage.EMPLOYEE_INSIGHT__REPORTED_BY:
				setReportedBy((String)newValue);
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
			case TouchlinePackage.EMPLOYEE_INSIGHT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case TouchlinePackage.EMPLOYEE_INSIGHT__REPORTED_BY:
				setReportedBy(REPORTED_BY_EDEFAULT);
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
			case TouchlinePackage.EMPLOYEE_INSIGHT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case TouchlinePackage.EMPLOYEE_INSIGHT__REPORTED_BY:
				return REPORTED_BY_EDEFAULT == null ? reportedBy != null : !REPORTED_BY_EDEFAULT.equals(reportedBy);
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
		result.append(" (text: ");
		result.append(text);
		result.append(", reportedBy: ");
		result.append(reportedBy);
		result.append(')');
		return result.toString();
	}

} //EmployeeInsightImpl
