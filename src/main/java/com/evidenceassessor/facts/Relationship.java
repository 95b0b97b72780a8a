package com.evidenceassessor.facts;

/** The relationship between the parties (民间借贷规定 Art. 15; 彩礼规定 Art. 3). */
public enum Relationship {

	ROMANTIC, FAMILY, FRIENDS, BUSINESS, EMPLOYMENT, OTHER

}
