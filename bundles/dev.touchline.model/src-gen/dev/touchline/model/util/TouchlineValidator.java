/**
 */
package dev.touchline.model.util;

import dev.touchline.model.*;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see dev.touchline.model.TouchlinePackage
 * @generated
 */
public class TouchlineValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final TouchlineValidator INSTANCE = new TouchlineValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "dev.touchline.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TouchlineValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return TouchlinePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case TouchlinePackage.ELEMENT:
				return validateElement((Element)value, diagnostics, context);
			case TouchlinePackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case TouchlinePackage.JOURNEY_MODEL:
				return validateJourneyModel((JourneyModel)value, diagnostics, context);
			case TouchlinePackage.PERSONA:
				return validatePersona((Persona)value, diagnostics, context);
			case TouchlinePackage.DEPARTMENT:
				return validateDepartment((Department)value, diagnostics, context);
			case TouchlinePackage.CHANNEL:
				return validateChannel((Channel)value, diagnostics, context);
			case TouchlinePackage.BRAND_PROMISE:
				return validateBrandPromise((BrandPromise)value, diagnostics, context);
			case TouchlinePackage.SERVICE_VALUE:
				return validateServiceValue((ServiceValue)value, diagnostics, context);
			case TouchlinePackage.METRIC:
				return validateMetric((Metric)value, diagnostics, context);
			case TouchlinePackage.JOURNEY:
				return validateJourney((Journey)value, diagnostics, context);
			case TouchlinePackage.STAGE:
				return validateStage((Stage)value, diagnostics, context);
			case TouchlinePackage.TOUCHPOINT:
				return validateTouchpoint((Touchpoint)value, diagnostics, context);
			case TouchlinePackage.MEASUREMENT:
				return validateMeasurement((Measurement)value, diagnostics, context);
			case TouchlinePackage.PAIN_POINT:
				return validatePainPoint((PainPoint)value, diagnostics, context);
			case TouchlinePackage.OPPORTUNITY:
				return validateOpportunity((Opportunity)value, diagnostics, context);
			case TouchlinePackage.EMPLOYEE_INSIGHT:
				return validateEmployeeInsight((EmployeeInsight)value, diagnostics, context);
			case TouchlinePackage.VISIBILITY:
				return validateVisibility((Visibility)value, diagnostics, context);
			case TouchlinePackage.EMPOWERMENT:
				return validateEmpowerment((Empowerment)value, diagnostics, context);
			case TouchlinePackage.DIRECTION:
				return validateDirection((Direction)value, diagnostics, context);
			case TouchlinePackage.METRIC_KIND:
				return validateMetricKind((MetricKind)value, diagnostics, context);
			case TouchlinePackage.CHANNEL_KIND:
				return validateChannelKind((ChannelKind)value, diagnostics, context);
			case TouchlinePackage.JOURNEY_STATE:
				return validateJourneyState((JourneyState)value, diagnostics, context);
			case TouchlinePackage.SEVERITY:
				return validateSeverity((Severity)value, diagnostics, context);
			case TouchlinePackage.PRIORITY:
				return validatePriority((Priority)value, diagnostics, context);
			case TouchlinePackage.OPPORTUNITY_STATUS:
				return validateOpportunityStatus((OpportunityStatus)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateElement(Element element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(element, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(namedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourneyModel(JourneyModel journeyModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(journeyModel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersona(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(persona, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validatePersona_duplicateName(persona, diagnostics, context);
		return result;
	}

	/**
	 * Validates the duplicateName constraint of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersona_duplicateName(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "duplicateName", getObjectLabel(persona, context) },
						 new Object[] { persona },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(department, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(department, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(department, diagnostics, context);
		if (result || diagnostics != null) result &= validateDepartment_departmentIdle(department, diagnostics, context);
		if (result || diagnostics != null) result &= validateDepartment_departmentCycle(department, diagnostics, context);
		if (result || diagnostics != null) result &= validateDepartment_duplicateName(department, diagnostics, context);
		return result;
	}

	/**
	 * Validates the departmentIdle constraint of '<em>Department</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment_departmentIdle(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "departmentIdle", getObjectLabel(department, context) },
						 new Object[] { department },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the departmentCycle constraint of '<em>Department</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment_departmentCycle(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "departmentCycle", getObjectLabel(department, context) },
						 new Object[] { department },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the duplicateName constraint of '<em>Department</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment_duplicateName(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "duplicateName", getObjectLabel(department, context) },
						 new Object[] { department },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannel(Channel channel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(channel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrandPromise(BrandPromise brandPromise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(brandPromise, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validateBrandPromise_promiseUndelivered(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validateBrandPromise_promiseUnmeasured(brandPromise, diagnostics, context);
		if (result || diagnostics != null) result &= validateBrandPromise_duplicateName(brandPromise, diagnostics, context);
		return result;
	}

	/**
	 * Validates the promiseUndelivered constraint of '<em>Brand Promise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrandPromise_promiseUndelivered(BrandPromise brandPromise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "promiseUndelivered", getObjectLabel(brandPromise, context) },
						 new Object[] { brandPromise },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the promiseUnmeasured constraint of '<em>Brand Promise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrandPromise_promiseUnmeasured(BrandPromise brandPromise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "promiseUnmeasured", getObjectLabel(brandPromise, context) },
						 new Object[] { brandPromise },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the duplicateName constraint of '<em>Brand Promise</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrandPromise_duplicateName(BrandPromise brandPromise, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "duplicateName", getObjectLabel(brandPromise, context) },
						 new Object[] { brandPromise },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceValue(ServiceValue serviceValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceValue, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceValue_valueUnmeasured(serviceValue, diagnostics, context);
		return result;
	}

	/**
	 * Validates the valueUnmeasured constraint of '<em>Service Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceValue_valueUnmeasured(ServiceValue serviceValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "valueUnmeasured", getObjectLabel(serviceValue, context) },
						 new Object[] { serviceValue },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetric(Metric metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(metric, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(metric, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetric_duplicateName(metric, diagnostics, context);
		return result;
	}

	/**
	 * Validates the duplicateName constraint of '<em>Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetric_duplicateName(Metric metric, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "duplicateName", getObjectLabel(metric, context) },
						 new Object[] { metric },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourney(Journey journey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(journey, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validateJourney_journeyPersona(journey, diagnostics, context);
		if (result || diagnostics != null) result &= validateJourney_journeyStages(journey, diagnostics, context);
		return result;
	}

	/**
	 * Validates the journeyPersona constraint of '<em>Journey</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourney_journeyPersona(Journey journey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "journeyPersona", getObjectLabel(journey, context) },
						 new Object[] { journey },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the journeyStages constraint of '<em>Journey</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourney_journeyStages(Journey journey, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "journeyStages", getObjectLabel(journey, context) },
						 new Object[] { journey },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStage(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(stage, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validateStage_stageEmpty(stage, diagnostics, context);
		if (result || diagnostics != null) result &= validateStage_emotionRange(stage, diagnostics, context);
		return result;
	}

	/**
	 * Validates the stageEmpty constraint of '<em>Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStage_stageEmpty(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "stageEmpty", getObjectLabel(stage, context) },
						 new Object[] { stage },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the emotionRange constraint of '<em>Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStage_emotionRange(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "emotionRange", getObjectLabel(stage, context) },
						 new Object[] { stage },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(touchpoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateTouchpoint_touchpointOwner(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateTouchpoint_touchpointMetric(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateTouchpoint_momentOfTruth(touchpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateTouchpoint_emotionRange(touchpoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the touchpointOwner constraint of '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint_touchpointOwner(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "touchpointOwner", getObjectLabel(touchpoint, context) },
						 new Object[] { touchpoint },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the touchpointMetric constraint of '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint_touchpointMetric(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "touchpointMetric", getObjectLabel(touchpoint, context) },
						 new Object[] { touchpoint },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the momentOfTruth constraint of '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint_momentOfTruth(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "momentOfTruth", getObjectLabel(touchpoint, context) },
						 new Object[] { touchpoint },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the emotionRange constraint of '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTouchpoint_emotionRange(Touchpoint touchpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "emotionRange", getObjectLabel(touchpoint, context) },
						 new Object[] { touchpoint },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(measurement, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMeasurement_measurementMetric(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMeasurement_measurementTarget(measurement, diagnostics, context);
		if (result || diagnostics != null) result &= validateMeasurement_measurementOffTarget(measurement, diagnostics, context);
		return result;
	}

	/**
	 * Validates the measurementMetric constraint of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement_measurementMetric(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "measurementMetric", getObjectLabel(measurement, context) },
						 new Object[] { measurement },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the measurementTarget constraint of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement_measurementTarget(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "measurementTarget", getObjectLabel(measurement, context) },
						 new Object[] { measurement },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the measurementOffTarget constraint of '<em>Measurement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMeasurement_measurementOffTarget(Measurement measurement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "measurementOffTarget", getObjectLabel(measurement, context) },
						 new Object[] { measurement },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePainPoint(PainPoint painPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(painPoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(painPoint, diagnostics, context);
		if (result || diagnostics != null) result &= validatePainPoint_painpointOwner(painPoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the painpointOwner constraint of '<em>Pain Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePainPoint_painpointOwner(PainPoint painPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic",
						 new Object[] { "painpointOwner", getObjectLabel(painPoint, context) },
						 new Object[] { painPoint },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunity(Opportunity opportunity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(opportunity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmployeeInsight(EmployeeInsight employeeInsight, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(employeeInsight, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVisibility(Visibility visibility, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmpowerment(Empowerment empowerment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDirection(Direction direction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricKind(MetricKind metricKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannelKind(ChannelKind channelKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateJourneyState(JourneyState journeyState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSeverity(Severity severity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriority(Priority priority, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunityStatus(OpportunityStatus opportunityStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //TouchlineValidator
