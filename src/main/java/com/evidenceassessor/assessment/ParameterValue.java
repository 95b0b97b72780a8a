package com.evidenceassessor.assessment;

import java.math.BigDecimal;

/**
 * A parameter's value on the case's law date, inserted into every session so rules
 * compare with a named number instead of a literal:
 * {@code ParameterValue( name == "identity.minIndicators",
 * $min : intValue )}.
 *
 * @param name the parameter's name
 * @param value its value on the law date
 */
public record ParameterValue(String name, BigDecimal value) {

	public int intValue() {
		return this.value.intValue();
	}

	public double doubleValue() {
		return this.value.doubleValue();
	}

}
