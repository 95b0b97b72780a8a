package com.evidenceassessor.batch;

import java.util.Map;

import com.evidenceassessor.batch.SummaryColumns.Bilingual;

/** The names of causes of action and evidence kinds in the summary, by wire name. */
final class Words {

	private static final Map<String, Bilingual> CAUSES = Map.of("privateLending",
			new Bilingual("民间借贷", "private lending"), "sale", new Bilingual("买卖合同", "sale"), "labour",
			new Bilingual("劳动争议", "labour"), "betrothalGifts", new Bilingual("婚约财产（彩礼）", "betrothal gifts"),
			"defamation", new Bilingual("名誉权", "defamation"), "other", new Bilingual("其他", "other"));

	private static final Map<String, Bilingual> KINDS = Map.of("text", new Bilingual("文字聊天", "text"), "image",
			new Bilingual("图片", "image"), "voice", new Bilingual("语音", "voice"), "video", new Bilingual("视频", "video"),
			"link", new Bilingual("链接", "link"), "file", new Bilingual("文件", "file"), "transfer",
			new Bilingual("转账", "transfer"), "redPacket", new Bilingual("红包", "red packet"), "momentsPost",
			new Bilingual("朋友圈", "Moments post"), "bill", new Bilingual("账单", "bill"));

	private Words() {
	}

	static Object cause(String wireName) {
		return (wireName == null) ? null : CAUSES.getOrDefault(wireName, new Bilingual(wireName, wireName));
	}

	static Object kind(String wireName) {
		return (wireName == null) ? null : KINDS.getOrDefault(wireName, new Bilingual(wireName, wireName));
	}

}
