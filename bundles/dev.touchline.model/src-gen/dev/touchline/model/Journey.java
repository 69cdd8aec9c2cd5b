/**
 */
package dev.touchline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The path one persona takes to reach a goal with the company, for example "Move house with us".
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.Journey#getPersona <em>Persona</em>}</li>
 *   <li>{@link dev.touchline.model.Journey#getState <em>State</em>}</li>
 *   <li>{@link dev.touchline.model.Journey#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getJourney()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='journeyPersona journeyStages'"
 * @generated
 */
public interface Journey extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer type this journey is drawn for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see dev.touchline.model.TouchlinePackage#getJourney_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Journey#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.touchline.model.JourneyState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this map shows the journey as it is today or as it should become.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see dev.touchline.model.JourneyState
	 * @see #setState(JourneyState)
	 * @see dev.touchline.model.TouchlinePackage#getJourney_State()
	 * @model
	 * @generated
	 */
	JourneyState getState();

	/**
	 * Sets the value of the '{@link dev.touchline.model.Journey#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see dev.touchline.model.JourneyState
	 * @see #getState()
	 * @generated
	 */
	void setState(JourneyState value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link dev.touchline.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phases of the journey, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see dev.touchline.model.TouchlinePackage#getJourney_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

} // Journey
