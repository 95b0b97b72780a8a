package com.evidenceassessor.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Chinese provision reference in the English form: 第九十三条第一款第（四）项 → Art.
 * 93(1)(iv), 第一百零六条 → Art. 106. Text around the references (practice descriptors) is kept
 * as it is.
 */
final class CitationEn {

	private static final Pattern PROVISION = Pattern
		.compile("第([零一二三四五六七八九十百千]+)条(?:第([零一二三四五六七八九十百千]+)款)?(?:第（([零一二三四五六七八九十百千]+)）项)?");

	private static final Pattern PARAGRAPH_ITEM = Pattern.compile("第([零一二三四五六七八九十百千]+)款(?:第（([零一二三四五六七八九十百千]+)）项)?");

	/** An item on its own, after an article already named: ……第（四）项、第（六）项. */
	private static final Pattern ITEM = Pattern.compile("第（([零一二三四五六七八九十百千]+)）项");

	private static final String[] ROMAN = { "", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
			"xii", "xiii", "xiv", "xv" };

	/**
	 * The short titles cited, in the English of {@code shortTitleEn} in instruments.yaml
	 * and laws.yaml (without "SPC"); a longer name before one it holds (民法典婚姻家庭编解释 before
	 * 民法典, 劳动合同法 before 合同法 and 劳动法). {@code CitationEnTest} checks every rule's citation
	 * on every day against it.
	 */
	private static final String[][] INSTRUMENTS = { { "证据规定", "Evidence Provisions " },
			{ "民诉法解释", "CPL Interpretation " }, { "电子签名法", "Electronic Signature Law " },
			{ "民法典婚姻家庭编解释（一）", "Civil Code Marriage and Family Interpretation (I) " },
			{ "婚姻法解释（二）", "Marriage Law Interpretation (II) " }, { "劳动争议解释（一）", "Labour Dispute Interpretation (I) " },
			{ "劳动争议解释（三）", "Labour Dispute Interpretation (III) " }, { "彩礼规定", "Betrothal Gift Provisions " },
			{ "名誉权解答", "Answers on Reputation Cases (1993) " }, { "民法总则", "General Provisions of the Civil Law " },
			{ "民法通则", "General Principles of the Civil Law " }, { "侵权责任法", "Tort Law " },
			{ "劳动合同法", "Labour Contract Law " }, { "劳动法", "Labour Law " }, { "合同法", "Contract Law " },
			{ "民法典", "Civil Code " }, { "民事诉讼法", "Civil Procedure Law " }, { "民间借贷规定", "Private Lending Provisions " },
			{ "互联网法院规定", "Internet Court Provisions " }, { "在线诉讼规则", "Online Litigation Rules " },
			{ "普通法院参照", "followed by analogy in ordinary courts" },
			{ "（电子数据参照）", " (applied by analogy to electronic data)" }, { "（原始载体）", " (the original carrier)" },
			{ "参照", "by analogy " } };

	/** Each article's English form, rendered once: there are a few hundred at most. */
	private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

	private CitationEn() {
	}

	static String of(String article) {
		return RENDERED.computeIfAbsent(article, CitationEn::render);
	}

	private static String render(String article) {
		Matcher matcher = PROVISION.matcher(article);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String english = "Art. " + number(matcher.group(1)) + paragraph(matcher.group(2)) + item(matcher.group(3));
			matcher.appendReplacement(out, Matcher.quoteReplacement(english));
		}
		matcher.appendTail(out);
		Matcher rest = PARAGRAPH_ITEM.matcher(out.toString());
		StringBuilder tail = new StringBuilder();
		while (rest.find()) {
			rest.appendReplacement(tail,
					Matcher.quoteReplacement("para. " + number(rest.group(1)) + item(rest.group(2))));
		}
		rest.appendTail(tail);
		Matcher items = ITEM.matcher(tail.toString());
		StringBuilder itemsOut = new StringBuilder();
		while (items.find()) {
			items.appendReplacement(itemsOut, Matcher.quoteReplacement(item(items.group(1))));
		}
		items.appendTail(itemsOut);
		String english = itemsOut.toString().replace("；", "; ").replace("、", ", ").replace("（但书）", " (proviso)");
		for (String[] name : INSTRUMENTS) {
			english = english.replace(name[0], name[1]);
		}
		return english.replace("（", " (")
			.replace("）", ") ")
			.replace("  ", " ")
			.replace("( ", "(")
			.replace(" )", ")")
			.replace(") ;", ");")
			.replace(") ,", "),")
			.strip();
	}

	private static String paragraph(String chinese) {
		return (chinese != null) ? "(" + number(chinese) + ")" : "";
	}

	private static String item(String chinese) {
		if (chinese == null) {
			return "";
		}
		int n = number(chinese);
		return "(" + ((n < ROMAN.length) ? ROMAN[n] : String.valueOf(n)) + ")";
	}

	/** 九十三 → 93, 一百零六 → 106, 二百二十九 → 229, 十四 → 14. */
	static int number(String chinese) {
		int total = 0;
		int digit = 0;
		for (char c : chinese.toCharArray()) {
			switch (c) {
				case '千' -> {
					total += Math.max(digit, 1) * 1000;
					digit = 0;
				}
				case '百' -> {
					total += Math.max(digit, 1) * 100;
					digit = 0;
				}
				case '十' -> {
					total += Math.max(digit, 1) * 10;
					digit = 0;
				}
				case '零' -> digit = 0;
				default -> digit = "一二三四五六七八九".indexOf(c) + 1;
			}
		}
		return total + digit;
	}

}
