package com.evidenceassessor.bills.alipay;

import com.evidenceassessor.bills.read.HeaderMap;
import com.evidenceassessor.support.Location;

/**
 * Where each field sits in an Alipay header row. The app exports (A1, A2) and the web
 * download (A3) name some columns differently; -1 marks a column the format lacks.
 */
record AlipayColumns(int time, int type, int counterparty, int counterpartyAccount, int goods, int direction,
		int amount, int method, int status, int transactionId, int merchantId, int remark, int fundStatus) {

	static AlipayColumns of(HeaderMap header, Location at) {
		return new AlipayColumns(either(header, at, "交易时间", "交易创建时间"), either(header, at, "交易分类", "类型"),
				header.require("交易对方", at), header.indexOf("对方账号"), either(header, at, "商品说明", "商品名称"),
				header.require("收/支", at), either(header, at, "金额", "金额(元)"), header.indexOf("收/付款方式"),
				header.require("交易状态", at), either(header, at, "交易订单号", "交易号"), header.indexOf("商家订单号"),
				header.indexOf("备注"), header.indexOf("资金状态"));
	}

	private static int either(HeaderMap header, Location at, String name, String alternative) {
		int index = header.indexOf(name);
		return index >= 0 ? index : header.require(alternative, at);
	}

}
