/**
 */
package dev.touchline.model.provider;


import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;

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
 * This is the item provider adapter for a {@link dev.touchline.model.JourneyModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class JourneyModelItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyModelItemProvider(AdapterFactory adapterFactory) {
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

			addEmotionMinPropertyDescriptor(object);
			addEmotionMaxPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Emotion Min feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmotionMinPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyModel_emotionMin_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyModel_emotionMin_feature", "_UI_JourneyModel_type"),
				 TouchlinePackage.Literals.JOURNEY_MODEL__EMOTION_MIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ModelPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Emotion Max feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmotionMaxPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyModel_emotionMax_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyModel_emotionMax_feature", "_UI_JourneyModel_type"),
				 TouchlinePackage.Literals.JOURNEY_MODEL__EMOTION_MAX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ModelPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_JourneyModel_formatVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_JourneyModel_formatVersion_feature", "_UI_JourneyModel_type"),
				 TouchlinePackage.Literals.JOURNEY_MODEL__FORMAT_VERSION,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ModelPropertyCategory"),
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
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__JOURNEYS);
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__PERSONAS);
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__DEPARTMENTS);
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__CHANNELS);
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__BRAND_PROMISES);
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__SERVICE_VALUES);
			childrenFeatures.add(TouchlinePackage.Literals.JOURNEY_MODEL__METRICS);
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
	 * This returns JourneyModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/JourneyModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((JourneyModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_JourneyModel_type") :
			getString("_UI_JourneyModel_type") + " " + label;
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

		switch (notification.getFeatureID(JourneyModel.class)) {
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MIN:
			case TouchlinePackage.JOURNEY_MODEL__EMOTION_MAX:
			case TouchlinePackage.JOURNEY_MODEL__FORMAT_VERSION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TouchlinePackage.JOURNEY_MODEL__JOURNEYS:
			case TouchlinePackage.JOURNEY_MODEL__PERSONAS:
			case TouchlinePackage.JOURNEY_MODEL__DEPARTMENTS:
			case TouchlinePackage.JOURNEY_MODEL__CHANNELS:
			case TouchlinePackage.JOURNEY_MODEL__BRAND_PROMISES:
			case TouchlinePackage.JOURNEY_MODEL__SERVICE_VALUES:
			case TouchlinePackage.JOURNEY_MODEL__METRICS:
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
				(TouchlinePackage.Literals.JOURNEY_MODEL__JOURNEYS,
				 TouchlineFactory.eINSTANCE.createJourney()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.JOURNEY_MODEL__PERSONAS,
				 TouchlineFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.JOURNEY_MODEL__DEPARTMENTS,
				 TouchlineFactory.eINSTANCE.createDepartment()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.JOURNEY_MODEL__CHANNELS,
				 TouchlineFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.JOURNEY_MODEL__BRAND_PROMISES,
				 TouchlineFactory.eINSTANCE.createBrandPromise()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.JOURNEY_MODEL__SERVICE_VALUES,
				 TouchlineFactory.eINSTANCE.createServiceValue()));

		newChildDescriptors.add
			(createChildParameter
				(TouchlinePackage.Literals.JOURNEY_MODEL__METRICS,
				 TouchlineFactory.eINSTANCE.createMetric()));
	}

}
