/**
 */
package dev.touchline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Metric Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Well-known customer and employee experience metrics.
 * <!-- end-model-doc -->
 * @see dev.touchline.model.TouchlinePackage#getMetricKind()
 * @model
 * @generated
 */
public enum MetricKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other metric.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "other"),

	/**
	 * The '<em><b>NPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net Promoter Score.
	 * <!-- end-model-doc -->
	 * @see #NPS_VALUE
	 * @generated
	 * @ordered
	 */
	NPS(1, "NPS", "nps"),

	/**
	 * The '<em><b>CSAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer satisfaction.
	 * <!-- end-model-doc -->
	 * @see #CSAT_VALUE
	 * @generated
	 * @ordered
	 */
	CSAT(2, "CSAT", "csat"),

	/**
	 * The '<em><b>CES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer effort score.
	 * <!-- end-model-doc -->
	 * @see #CES_VALUE
	 * @generated
	 * @ordered
	 */
	CES(3, "CES", "ces"),

	/**
	 * The '<em><b>FCR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First contact resolution.
	 * <!-- end-model-doc -->
	 * @see #FCR_VALUE
	 * @generated
	 * @ordered
	 */
	FCR(4, "FCR", "fcr"),

	/**
	 * The '<em><b>FRT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First response time.
	 * <!-- end-model-doc -->
	 * @see #FRT_VALUE
	 * @generated
	 * @ordered
	 */
	FRT(5, "FRT", "frt"),

	/**
	 * The '<em><b>AHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average handling time.
	 * <!-- end-model-doc -->
	 * @see #AHT_VALUE
	 * @generated
	 * @ordered
	 */
	AHT(6, "AHT", "aht"),

	/**
	 * The '<em><b>RESOLUTION TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to resolve a case.
	 * <!-- end-model-doc -->
	 * @see #RESOLUTION_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	RESOLUTION_TIME(7, "RESOLUTION_TIME", "resolutionTime"),

	/**
	 * The '<em><b>QA SCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quality assurance score of interactions.
	 * <!-- end-model-doc -->
	 * @see #QA_SCORE_VALUE
	 * @generated
	 * @ordered
	 */
	QA_SCORE(8, "QA_SCORE", "qaScore"),

	/**
	 * The '<em><b>CRR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer retention rate.
	 * <!-- end-model-doc -->
	 * @see #CRR_VALUE
	 * @generated
	 * @ordered
	 */
	CRR(9, "CRR", "crr"),

	/**
	 * The '<em><b>CHURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers lost.
	 * <!-- end-model-doc -->
	 * @see #CHURN_VALUE
	 * @generated
	 * @ordered
	 */
	CHURN(10, "CHURN", "churn"),

	/**
	 * The '<em><b>AOV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average order value.
	 * <!-- end-model-doc -->
	 * @see #AOV_VALUE
	 * @generated
	 * @ordered
	 */
	AOV(11, "AOV", "aov"),

	/**
	 * The '<em><b>ON TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of appointments kept on time.
	 * <!-- end-model-doc -->
	 * @see #ON_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	ON_TIME(12, "ON_TIME", "onTime"),

	/**
	 * The '<em><b>ENPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee Net Promoter Score.
	 * <!-- end-model-doc -->
	 * @see #ENPS_VALUE
	 * @generated
	 * @ordered
	 */
	ENPS(13, "ENPS", "enps"),

	/**
	 * The '<em><b>EMPLOYEE SATISFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee satisfaction.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYEE_SATISFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEE_SATISFACTION(14, "EMPLOYEE_SATISFACTION", "employeeSatisfaction"),

	/**
	 * The '<em><b>ATTRITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee attrition.
	 * <!-- end-model-doc -->
	 * @see #ATTRITION_VALUE
	 * @generated
	 * @ordered
	 */
	ATTRITION(15, "ATTRITION", "attrition");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other metric.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>NPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net Promoter Score.
	 * <!-- end-model-doc -->
	 * @see #NPS
	 * @model literal="nps"
	 * @generated
	 * @ordered
	 */
	public static final int NPS_VALUE = 1;

	/**
	 * The '<em><b>CSAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer satisfaction.
	 * <!-- end-model-doc -->
	 * @see #CSAT
	 * @model literal="csat"
	 * @generated
	 * @ordered
	 */
	public static final int CSAT_VALUE = 2;

	/**
	 * The '<em><b>CES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer effort score.
	 * <!-- end-model-doc -->
	 * @see #CES
	 * @model literal="ces"
	 * @generated
	 * @ordered
	 */
	public static final int CES_VALUE = 3;

	/**
	 * The '<em><b>FCR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First contact resolution.
	 * <!-- end-model-doc -->
	 * @see #FCR
	 * @model literal="fcr"
	 * @generated
	 * @ordered
	 */
	public static final int FCR_VALUE = 4;

	/**
	 * The '<em><b>FRT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First response time.
	 * <!-- end-model-doc -->
	 * @see #FRT
	 * @model literal="frt"
	 * @generated
	 * @ordered
	 */
	public static final int FRT_VALUE = 5;

	/**
	 * The '<em><b>AHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average handling time.
	 * <!-- end-model-doc -->
	 * @see #AHT
	 * @model literal="aht"
	 * @generated
	 * @ordered
	 */
	public static final int AHT_VALUE = 6;

	/**
	 * The '<em><b>RESOLUTION TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to resolve a case.
	 * <!-- end-model-doc -->
	 * @see #RESOLUTION_TIME
	 * @model literal="resolutionTime"
	 * @generated
	 * @ordered
	 */
	public static final int RESOLUTION_TIME_VALUE = 7;

	/**
	 * The '<em><b>QA SCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quality assurance score of interactions.
	 * <!-- end-model-doc -->
	 * @see #QA_SCORE
	 * @model literal="qaScore"
	 * @generated
	 * @ordered
	 */
	public static final int QA_SCORE_VALUE = 8;

	/**
	 * The '<em><b>CRR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer retention rate.
	 * <!-- end-model-doc -->
	 * @see #CRR
	 * @model literal="crr"
	 * @generated
	 * @ordered
	 */
	public static final int CRR_VALUE = 9;

	/**
	 * The '<em><b>CHURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customers lost.
	 * <!-- end-model-doc -->
	 * @see #CHURN
	 * @model literal="churn"
	 * @generated
	 * @ordered
	 */
	public static final int CHURN_VALUE = 10;

	/**
	 * The '<em><b>AOV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Average order value.
	 * <!-- end-model-doc -->
	 * @see #AOV
	 * @model literal="aov"
	 * @generated
	 * @ordered
	 */
	public static final int AOV_VALUE = 11;

	/**
	 * The '<em><b>ON TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of appointments kept on time.
	 * <!-- end-model-doc -->
	 * @see #ON_TIME
	 * @model literal="onTime"
	 * @generated
	 * @ordered
	 */
	public static final int ON_TIME_VALUE = 12;

	/**
	 * The '<em><b>ENPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee Net Promoter Score.
	 * <!-- end-model-doc -->
	 * @see #ENPS
	 * @model literal="enps"
	 * @generated
	 * @ordered
	 */
	public static final int ENPS_VALUE = 13;

	/**
	 * The '<em><b>EMPLOYEE SATISFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee satisfaction.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYEE_SATISFACTION
	 * @model literal="employeeSatisfaction"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEE_SATISFACTION_VALUE = 14;

	/**
	 * The '<em><b>ATTRITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employee attrition.
	 * <!-- end-model-doc -->
	 * @see #ATTRITION
	 * @model literal="attrition"
	 * @generated
	 * @ordered
	 */
	public static final int ATTRITION_VALUE = 15;

	/**
	 * An array of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MetricKind[] VALUES_ARRAY =
		new MetricKind[] {
			OTHER,
			NPS,
			CSAT,
			CES,
			FCR,
			FRT,
			AHT,
			RESOLUTION_TIME,
			QA_SCORE,
			CRR,
			CHURN,
			AOV,
			ON_TIME,
			ENPS,
			EMPLOYEE_SATISFACTION,
			ATTRITION,
		};

	/**
	 * A public read-only list of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MetricKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case NPS_VALUE: return NPS;
			case CSAT_VALUE: return CSAT;
			case CES_VALUE: return CES;
			case FCR_VALUE: return FCR;
			case FRT_VALUE: return FRT;
			case AHT_VALUE: return AHT;
			case RESOLUTION_TIME_VALUE: return RESOLUTION_TIME;
			case QA_SCORE_VALUE: return QA_SCORE;
			case CRR_VALUE: return CRR;
			case CHURN_VALUE: return CHURN;
			case AOV_VALUE: return AOV;
			case ON_TIME_VALUE: return ON_TIME;
			case ENPS_VALUE: return ENPS;
			case EMPLOYEE_SATISFACTION_VALUE: return EMPLOYEE_SATISFACTION;
			case ATTRITION_VALUE: return ATTRITION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MetricKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MetricKind
