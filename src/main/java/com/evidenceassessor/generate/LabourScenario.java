package com.evidenceassessor.generate;

import java.time.LocalDateTime;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.ChatScope;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Relationship;

/**
 * 劳动争议 (加班费): the employee sues the employer company after labour arbitration; overtime
 * ordered by the company's supervisor in the work group chat, proved by attendance
 * screenshots, the supervisor's voice messages and a video taken at the office that
 * night.
 */
final class LabourScenario implements Scenario {

	@Override
	public String slug() {
		return "overtime";
	}

	@Override
	public void fill(CaseDraft c) {
		Dice dice = c.dice;
		// the person drawn as defendant is the supervisor; the claim lies
		// against the employer
		String supervisor = c.defendant;
		c.defendantCompany(FakePeople.firm(dice), supervisor);
		c.cause = CauseOfAction.LABOUR;
		c.relationship = Relationship.EMPLOYMENT;
		c.title = c.plaintiff + "诉" + c.defendant + "劳动争议（加班费，不服劳动仲裁裁决起诉）";
		// the employment an overtime claim presupposes, the chain's first link: as
		// the work group and a wage transfer show it, the plaintiff worked in the
		// supervisor's team then, not since when
		String employment = "原告系被告员工，加班期间在主管" + supervisor + "带领的工作组工作";
		// an employer often admits the employment in its answer and disputes only the
		// overtime: the worker then need not prove it (民诉法解释第九十二条第一款)
		if (dice.chance(0.5)) {
			// the admission names the supervisor: he acts for the employer
			c.admittedFact("employment", employment);
			c.contactRoleAdmitted = true;
		}
		else {
			c.fact("employment", employment);
		}
		c.fact("overtimeArranged", "被告通过主管" + supervisor + "安排原告延长工作时间");
		c.fact("overtimeWorked", "原告按被告安排延长工作时间，被告未支付加班费");
		// the order comes in the working day, the overtime that night; the
		// suit follows an arbitration award (劳动争议调解仲裁法第二十九条、
		// 第四十三条、第五十条: accepted within 5 days, decided within 45 to 60,
		// sued on within 15), so the last record (up to 60 days after the
		// order) is some four months before the case is heard
		LocalDateTime day = c.before(180, 560);
		LocalDateTime order = day.toLocalDate().atTime(dice.between(8, 17), dice.between(0, 59), dice.between(0, 59));
		ItemDraft group = c
			.chat("工作群内主管" + supervisor + "安排加班的消息", order, supervisor + "（主管）：今晚全组留下赶工，十点前不许走", c.plaintiff + "：收到")
			.proves("employment", "overtimeArranged");
		group.chat = ChatScope.GROUP;
		c.outside(group, OutsideEvidenceKind.WITNESS, "同组同事证言", 0.3);
		// the employer's own records (its attendance system, the roster it sends) are
		// formed in its business; the supervisor's messages and a transfer from his
		// account are not. Its attendance records, kept in the app it gave the worker,
		// show the employment too (劳社部发〔2005〕12号第二条)
		ItemDraft attendance = c.image("企业微信打卡记录截图", order.plusDays(dice.between(1, 30)), false)
			.appRecord("企业微信")
			.businessRecord()
			.proves("employment", "overtimeWorked");
		c.outside(attendance, OutsideEvidenceKind.ATTENDANCE_RECORD, "公司考勤系统导出记录", 0.4);
		if (dice.chance(0.6)) {
			c.voice("主管" + supervisor + "语音要求周末到岗", order.plusDays(dice.between(1, 60)), "这周六日都来公司，项目要上线")
				.proves("overtimeArranged");
		}
		if (dice.chance(0.4)) {
			c.transfer(dice.yuan(3000, 20000, 100), order.plusDays(dice.between(5, 40)), "工资", false, false)
				.proves("employment");
		}
		if (dice.chance(0.3)) {
			c.linkOrFile(ItemKind.FILE, "公司发送的排班表文件", order.minusDays(dice.between(1, 20)))
				.businessRecord()
				.proves("overtimeArranged");
		}
		if (dice.chance(0.25)) {
			LocalDateTime night = order.toLocalDate()
				.atTime(dice.between(22, 23), dice.between(0, 59), dice.between(0, 59));
			c.video("深夜办公室加班视频", night).outsideWeChat().proves("overtimeWorked");
		}
	}

}
