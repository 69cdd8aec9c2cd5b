/**
 */
package dev.touchline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Employee Insight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What front-line employees report about a touchpoint (glitches, workarounds): the voice of the employee beside the voice of the customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.touchline.model.EmployeeInsight#getText <em>Text</em>}</li>
 *   <li>{@link dev.touchline.model.EmployeeInsight#getReportedBy <em>Reported By</em>}</li>
 * </ul>
 *
 * @see dev.touchline.model.TouchlinePackage#getEmployeeInsight()
 * @model
 * @generated
 */
public interface EmployeeInsight extends Element {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see dev.touchline.model.TouchlinePackage#getEmployeeInsight_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link dev.touchline.model.EmployeeInsight#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Reported By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who reported it (a role or a team).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported By</em>' attribute.
	 * @see #setReportedBy(String)
	 * @see dev.touchline.model.TouchlinePackage#getEmployeeInsight_ReportedBy()
	 * @model
	 * @generated
	 */
	String getReportedBy();

	/**
	 * Sets the value of the '{@link dev.touchline.model.EmployeeInsight#getReportedBy <em>Reported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported By</em>' attribute.
	 * @see #getReportedBy()
	 * @generated
	 */
	void setReportedBy(String value);

} // EmployeeInsight
