/**
 */
package dev.touchline.model.impl;

import dev.touchline.model.Department;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;

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
 * An implementation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.impl.DepartmentImpl#getHead <em>Head</em>}</li>
 *   <li>{@link dev.touchline.model.impl.DepartmentImpl#getColor <em>Color</em>}</li>
 *   <li>{@link dev.touchline.model.impl.DepartmentImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link dev.touchline.model.impl.DepartmentImpl#getOwnedTouchpoints <em>Owned Touchpoints</em>}</li>
 *   <li>{@link dev.touchline.model.impl.DepartmentImpl#getSupportedTouchpoints <em>Supported Touchpoints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DepartmentImpl extends NamedElementImpl implements Department {
	/**
	 * The default value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHead() <em>Head</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHead()
	 * @generated
	 * @ordered
	 */
	protected String head = HEAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Department parent;

	/**
	 * The cached value of the '{@link #getOwnedTouchpoints() <em>Owned Touchpoints</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnedTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> ownedTouchpoints;

	/**
	 * The cached value of the '{@link #getSupportedTouchpoints() <em>Supported Touchpoints</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportedTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> supportedTouchpoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DepartmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TouchlinePackage.Literals.DEPARTMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHead() {
		return head;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHead(String newHead) {
		String oldHead = head;
		head = newHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.DEPARTMENT__HEAD, oldHead, head));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.DEPARTMENT__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Department)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TouchlinePackage.DEPARTMENT__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Department newParent) {
		Department oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TouchlinePackage.DEPARTMENT__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getOwnedTouchpoints() {
		if (ownedTouchpoints == null) {
			ownedTouchpoints = new EObjectWithInverseResolvingEList<Touchpoint>(Touchpoint.class, this, TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS, TouchlinePackage.TOUCHPOINT__OWNER);
		}
		return ownedTouchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getSupportedTouchpoints() {
		if (supportedTouchpoints == null) {
			supportedTouchpoints = new EObjectWithInverseResolvingEList.ManyInverse<Touchpoint>(Touchpoint.class, this, TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS, TouchlinePackage.TOUCHPOINT__SUPPORTERS);
		}
		return supportedTouchpoints;
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
			case TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOwnedTouchpoints()).basicAdd(otherEnd, msgs);
			case TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSupportedTouchpoints()).basicAdd(otherEnd, msgs);
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
			case TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS:
				return ((InternalEList<?>)getOwnedTouchpoints()).basicRemove(otherEnd, msgs);
			case TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS:
				return ((InternalEList<?>)getSupportedTouchpoints()).basicRemove(otherEnd, msgs);
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
			case TouchlinePackage.DEPARTMENT__HEAD:
				return getHead();
			case TouchlinePackage.DEPARTMENT__COLOR:
				return getColor();
			case TouchlinePackage.DEPARTMENT__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS:
				return getOwnedTouchpoints();
			case TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS:
				return getSupportedTouchpoints();
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
			case TouchlinePackage.DEPARTMENT__HEAD:
				setHead((String)newValue);
				return;
			case TouchlinePackage.DEPARTMENT__COLOR:
				setColor((String)newValue);
				return;
			case TouchlinePackage.DEPARTMENT__PARENT:
				setParent((Department)newValue);
				return;
			case TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS:
				getOwnedTouchpoints().clear();
				getOwnedTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS:
				getSupportedTouchpoints().clear();
				getSupportedTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
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
			case TouchlinePackage.DEPARTMENT__HEAD:
				setHead(HEAD_EDEFAULT);
				return;
			case TouchlinePackage.DEPARTMENT__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case TouchlinePackage.DEPARTMENT__PARENT:
				setParent((Department)null);
				return;
			case TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS:
				getOwnedTouchpoints().clear();
				return;
			case TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS:
				getSupportedTouchpoints().clear();
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
			case TouchlinePackage.DEPARTMENT__HEAD:
				return HEAD_EDEFAULT == null ? head != null : !HEAD_EDEFAULT.equals(head);
			case TouchlinePackage.DEPARTMENT__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case TouchlinePackage.DEPARTMENT__PARENT:
				return parent != null;
			case TouchlinePackage.DEPARTMENT__OWNED_TOUCHPOINTS:
				return ownedTouchpoints != null && !ownedTouchpoints.isEmpty();
			case TouchlinePackage.DEPARTMENT__SUPPORTED_TOUCHPOINTS:
				return supportedTouchpoints != null && !supportedTouchpoints.isEmpty();
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
		result.append(" (head: ");
		result.append(head);
		result.append(", color: ");
		result.append(color);
		result.append(')');
		return result.toString();
	}

} //DepartmentImpl
