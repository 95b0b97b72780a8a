package com.evidenceassessor.generate;

import java.util.List;

/**
 * Invented names, WeChat IDs, phone numbers and firms. None belongs to a real person; the
 * phone numbers use real carrier prefixes with random digits.
 */
final class FakePeople {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖",
			"田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟",
			"谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "欧阳",
			"司马");

	/** Given names men bear. */
	static final List<String> MEN = List.of("伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "鹏", "辉", "建华", "晓东",
			"浩", "宇", "一鸣", "思远", "文博", "俊杰", "志强", "立新", "春生");

	/** Given names women bear. */
	static final List<String> WOMEN = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "霞", "桂英", "玲", "雪", "婷", "欣怡",
			"梓萱", "嘉怡", "雨桐", "海燕", "红梅", "悦", "琳");

	private static final List<String> SYLLABLES = List.of("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao",
			"wu", "zhou", "xu", "sun", "ma", "lin", "luo", "lei", "fang", "min", "jing", "tao", "ming", "hui", "yu",
			"xin", "hao", "jie", "ping", "xue");

	private static final List<String> CITIES = List.of("北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "苏州", "西安", "重庆",
			"长沙", "郑州", "青岛", "厦门", "合肥", "宁波", "佛山", "东莞", "昆明");

	private static final List<String> FIRM_WORDS = List.of("星辰", "恒通", "瑞丰", "宏远", "金鼎", "华信", "鑫源", "嘉禾", "正泰", "联创",
			"博雅", "优品", "智联", "启航", "百川");

	private static final List<String> FIRM_TRADES = List.of("贸易", "建材", "电子科技", "餐饮管理", "物流", "服饰", "装饰工程", "网络科技",
			"家具", "食品");

	private static final List<String> PHONE_PREFIXES = List.of("130", "131", "132", "135", "136", "137", "138", "139",
			"150", "151", "152", "155", "157", "158", "159", "166", "176", "177", "180", "181", "186", "187", "188",
			"189", "199");

	private FakePeople() {
	}

	/** A man's or a woman's name. */
	static String name(Dice dice) {
		return dice.chance(0.5) ? man(dice) : woman(dice);
	}

	static String man(Dice dice) {
		return dice.pick(SURNAMES) + dice.pick(MEN);
	}

	static String woman(Dice dice) {
		return dice.pick(SURNAMES) + dice.pick(WOMEN);
	}

	static String wechatId(Dice dice) {
		if (dice.chance(0.3)) {
			return "wxid_" + dice.letters(8) + dice.digits(4);
		}
		return dice.pick(SYLLABLES) + dice.pick("", "_", ".") + dice.pick(SYLLABLES) + dice.between(1960, 2005);
	}

	static String phone(Dice dice) {
		return dice.pick(PHONE_PREFIXES) + dice.digits(8);
	}

	static String firm(Dice dice) {
		return dice.pick(CITIES) + dice.pick(FIRM_WORDS) + dice.pick(FIRM_TRADES) + "有限公司";
	}

	static String city(Dice dice) {
		return dice.pick(CITIES);
	}

}
