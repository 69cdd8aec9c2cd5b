/**
 */
package dev.touchline.model.provider;


import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.touchline.model.Touchpoint} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TouchpointItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TouchpointItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addChannelPropertyDescriptor(object);
			addVisibilityPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addSupportersPropertyDescriptor(object);
			addPromisesPropertyDescriptor(object);
			addEmotionPropertyDescriptor(object);
			addMomentOfTruthPropertyDescriptor(object);
			addEmpowermentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Channel feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_channel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_channel_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__CHANNEL,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_PlacementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Visibility feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisibilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_visibility_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_visibility_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__VISIBILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_PlacementPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_owner_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__OWNER,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_DepartmentsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Supporters feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_supporters_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_supporters_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__SUPPORTERS,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_DepartmentsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Promises feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPromisesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_promises_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_promises_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__PROMISES,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_ServicePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Emotion feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmotionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_emotion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_emotion_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__EMOTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_CustomerPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Moment Of Truth feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMomentOfTruthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_momentOfTruth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_momentOfTruth_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__MOMENT_OF_TRUTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ServicePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Empowerment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmpowermentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Touchpoint_empowerment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Touchpoint_empowerment_feature", "_UI_Touchpoint_type"),
				 TouchlinePackage.Literals.TOUCHPOINT__EMPOWERMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ServicePropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TouchlinePackage.Literals.TOUCHPOINT__MEASUREMENTS);
			childrenFeatures.add(TouchlinePackage.Literals.TOUCHPOINT__PAIN_POINTS);
			childrenFeatures.add(TouchlinePackage.Literals.TOUCHPOINT__OPPORTUNITIES);
			childrenFeatures.add(TouchlinePackage.Literals.TOUCHPOINT__INSIGHTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Touchpoint.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Touchpoint"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Touchpoint)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Touchpoint_type") :
			getString("_UI_Touchpoint_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Touchpoint.class)) {
			case TouchlinePackage.TOUCHPOINT__VISIBILITY:
			case TouchlinePackage.TOUCHPOINT__EMOTION:
			case TouchlinePackage.TOUCHPOINT__MOMENT_OF_TRUTH:
			case TouchlinePackage.TOUCHPOINT__EMPOWERMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TouchlinePackage.TOUCHPOINT__MEASUREMENTS:
			case TouchlinePackage.TOUCHPOINT__PAIN_POINTS:
			case TouchlinePackage.TOUCHPOINT__OPPORTUNITIES:
			case TouchlinePackage.TOUCHPOINT__INSIGHTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.TOUCHPOINT__MEASUREMENTS,
				 TouchlineFactory.eINSTANCE.createMeasurement()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.TOUCHPOINT__PAIN_POINTS,
				 TouchlineFactory.eINSTANCE.createPainPoint()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.TOUCHPOINT__OPPORTUNITIES,
				 TouchlineFactory.eINSTANCE.createOpportunity()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.TOUCHPOINT__INSIGHTS,
				 TouchlineFactory.eINSTANCE.createEmployeeInsight()));
	}

}
