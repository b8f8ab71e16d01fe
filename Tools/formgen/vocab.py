"""Words the generator draws from: units, places, indicators, label variants.

Every label variant that names a figure carries its semantic field id (from rules/fields.yaml);
`generate.py --unaliased` lists the variants that no alias of the rules matches (candidates for
new rules)."""

PLACES = ["资阳区", "岳阳楼区", "株洲市", "伊金霍洛旗", "湘潭县", "望城区", "蒙自市", "醴陵市", "桃江县",
          "安化县", "汨罗市", "雨湖区", "芦淞区", "临湘市", "华容县", "南县", "沅江市", "赫山区"]
DEPARTMENTS = ["住房保障服务中心", "农业农村局", "城市管理局", "文化旅游广电局", "水利局", "自然资源局",
               "市场监督管理局", "退役军人事务局", "医疗保障局", "林业局", "交通运输局", "民政局",
               "数据发展中心", "机关事务服务中心", "公共资源交易中心", "疾病预防控制中心"]
PROJECTS = ["保障性住房维护管理费用", "公租房租赁补贴", "农村人居环境整治", "高标准农田建设", "城市道路维护",
            "老旧小区改造", "森林防火专项经费", "防汛抗旱专项资金", "智慧城管运维经费", "政务信息化运维",
            "退役军人优抚补助", "医疗救助资金", "文化惠民演出", "河道保洁经费", "耕地地力保护补贴"]
PEOPLE = ["肖宏", "袁佳", "李明", "王芳", "陈静", "刘洋", "张伟", "周敏", "邓丽", "彭军"]

# (label as printed, semantic field)
STAFF_BLOCK = ["财政供养人员情况（人）", "财政供养人员情况(人)", "财政供养人员情况¶（人）"]
FUNDING_BLOCK = ["经费控制情况（万元）", "经费控制情况(万元)", "经费控制情况¶（万元）"]

TOTAL_EXP = [("支出总额", "total_expenditure"), ("支出合计", "total_expenditure")]
BASIC_EXP = [("基本支出", "basic_expenditure")]
PUBLIC_FUNDS = [("    其中：公用经费", "public_funds"), ("其中：公用经费", "public_funds"),
                ("公用经费", "public_funds")]
PROJECT_EXP = [("项目支出", "project_expenditure"), ("项目支出：", "project_expenditure")]
PROJECT_ITEMS_A = [("    其中：1、保障性安居工程", "housing_project"), ("  2、商品和服务支出", "goods_services")]
PROJECT_ITEMS_B = [("1、业务工作经费", "business_funds"), ("2、运行维护经费", "operation_funds"),
                   ("3、区级专项资金(一个专项一行)", "special_funds"),
                   ("4、上级转移支付(一个专项一行）", "transfer_payments")]
PUBLIC_ITEMS = [("其中：办公经费", "office_funds"), ("水费、电费、差旅费", "utilities_travel"),
                ("会议费、培训费", "meetings_training")]
THREE_PUBLIC_BD = [("三公经费", "three_public"), ("“三公”经费", "three_public")]
CARS_BD = [("   1、公务用车购置和维护经费", "official_cars"), ("1、公务用车购置和维护经费", "official_cars")]
CAR_PURCHASE_BD = [("       其中：公车购置", "car_purchase"), ("其中：公车购置", "car_purchase")]
CAR_OPERATION_BD = [("             公车运行维护", "car_operation"), ("公车运行维护", "car_operation")]
OVERSEAS_BD = [("   2、出国经费", "overseas"), ("2、出国经费", "overseas")]
RECEPTION_BD = [("   3、公务接待", "reception"), ("3、公务接待", "reception")]
PROCUREMENT = [("政府采购金额", "procurement")]
ADJUSTMENT = [("部门基本支出预算调整", "basic_budget_adjustment")]

# 三公经费 table
TP_TOTAL = ["合计", "合  计", "“三公”经费合计"]
TP_OVERSEAS = [("1.因公出国（境）费", "overseas"), ("一、因公出国（境）费用", "overseas"), ("因公出国（境）费", "overseas")]
TP_CARS = [("2.公务用车购置及运行维护费", "official_cars"), ("二、公务用车购置及运行费", "official_cars"),
           ("公务用车购置及运行维护费", "official_cars")]
TP_PURCHASE = [("其中：公务用车购置费", "car_purchase"), ("  （1）公务用车购置费", "car_purchase")]
TP_OPERATION = [("      公务用车运行维护费", "car_operation"), ("  （2）公务用车运行费", "car_operation")]
TP_RECEPTION = [("3.公务接待费", "reception"), ("三、公务接待费", "reception"), ("公务接待费", "reception")]

ASSET_ROWS = [
    # (label, level, has values, parent index offset or None)
    ("（一）土地、房屋及构筑物", 0),
    ("其中：1.土地（平方米）", 1),
    ("2.房屋（平方米）", 1),
    ("办公用房", 2),
    ("其中：本单位实际使用办公室用房", 3),
    ("业务用房", 2),
    ("其他用房", 2),
    ("（二）通用设备（个、台、辆等）", 0),
    ("其中：1.车辆", 1),
    ("2.单价50万元（含）以上（不含车辆）", 1),
    ("（三）专用设备（个、台等）", 0),
    ("其中：单价100万元（含）以上", 1),
    ("（四）文物和陈列品（个、件等）", 0),
    ("其中：文物", 1),
    ("（五）无形资产", 0),
    ("（六）家具、用具、装具及动植物（个、套等）", 0),
]

BREAKDOWN_ITEMS = ["公共租赁住房维修", "信息网络维护", "供热补贴", "步梯增装电梯", "品质小区改造", "脱硫脱硝项目",
                   "保障性住房债券利息", "农村公路养护", "防汛物资储备", "森林防火巡护", "人居环境整治",
                   "智慧城管平台运维", "垃圾转运站运行", "河道清淤", "文化下乡演出", "困难群众救助",
                   "2021年老旧小区基础设施配套改造", "2022年创城小区改造"]
BREAKDOWN_SUBJECTS = [("基本工资", None), ("津贴补贴", None), ("绩效工资", None), ("住房公积金", None),
                      ("机关事业单位基本养老保险缴费", None), ("职工基本医疗保险缴费", None), ("差旅费", None),
                      ("印刷费", None), ("水费", None), ("培训费", None), ("公务接待费", "reception"),
                      ("劳务费", None), ("公务用车运行维护费", "car_operation"), ("办公设备购置", None),
                      ("工会经费", None), ("福利费", None)]
BREAKDOWN_FUND_ITEMS = [("人员经费", "personnel_expenditure"), ("公用经费", "public_funds")]

# Indicators: (三级指标, 二级指标 group, kind, parameters)
INDICATORS = {
    "数量指标": [
        ("补贴发放户数", "count", {"unit": "户", "lo": 300, "hi": 5000}),
        ("维修小区数", "count", {"unit": "个", "lo": 3, "hi": 40}),
        ("开展宣传活动", "count", {"unit": "场次", "lo": 5, "hi": 40}),
        ("培训人数", "count", {"unit": "人次", "lo": 100, "hi": 3000}),
        ("消防安全检查", "count", {"unit": "次", "lo": 50, "hi": 3000}),
        ("受益群众", "people", {"unit": "人", "lo": 1000, "hi": 9000}),
        ("新增绿化面积", "area", {"unit": "平方米", "scale": "万"}),
        ("高标准农田建设面积", "area", {"unit": "亩", "scale": "万"}),
        ("维修处数", "count", {"unit": "处", "lo": 20, "hi": 200}),
        ("信息系统录入户数", "count", {"unit": "户", "lo": 500, "hi": 9000}),
    ],
    "质量指标": [
        ("维修验收合格率", "percent", {"target": [95, 98, 100]}),
        ("资金使用合规率", "percent", {"target": [100]}),
        ("数据录入准确率", "percent", {"target": [95, 98]}),
        ("火灾事故发生率", "permille", {}),
        ("软件系统故障率", "percent_max", {"target": [1, 2, 5]}),
        ("工程质量达标", "qual", {}),
    ],
    "时效指标": [
        ("资金拨付及时率", "percent", {"target": [90, 95, 100]}),
        ("项目完成时限", "months", {}),
        ("故障修复响应时间", "hours", {}),
        ("年度计划申报完成时间", "qual", {}),
    ],
    "成本指标": [
        ("项目总成本", "money", {}),
        ("亩均补助标准", "per_unit", {"unit": "元/亩"}),
        ("户均补贴标准", "per_unit", {"unit": "元/户"}),
        ("成本控制数", "money", {}),
    ],
    "经济效益指标": [
        ("带动农户增收", "money_plain", {}),
        ("节约财政资金", "money_plain", {}),
        ("实现国有资产增值保值", "qual", {}),
    ],
    "社会效益指标": [
        ("住房保障覆盖率", "percent", {"target": [85, 90, 95]}),
        ("政策知晓率", "text_num", {}),
        ("低收入群体居住条件改善", "qual", {}),
    ],
    "生态效益指标": [
        ("生活垃圾无害化处理率", "percent", {"target": [90, 95]}),
        ("维护小区绿化环境", "qual", {}),
    ],
    "可持续影响指标": [
        ("长效管护机制", "qual", {}),
        ("项目持续发挥效益年限", "years", {}),
    ],
    "服务对象满意度指标": [
        ("服务对象满意度", "percent", {"target": [85, 90, 95]}),
        ("群众满意度", "percent", {"target": [90, 95]}),
    ],
    "满意度指标": [
        ("受益对象满意度", "percent", {"target": [90, 95]}),
    ],
}

QUAL_TARGETS = ["有效提升", "逐步完善", "明显改善", "长期", "按时完成", "符合标准", "效果明显"]
QUAL_ACTUALS = ["已完成", "达到预期", "效果明显", "基本完成", "持续发挥作用", "按时完成"]
DEVIATION_REASONS = ["受天气影响，施工进度略有滞后，下一步加快推进", "部分资金未及时拨付，将加强资金调度",
                     "个别项目验收延迟，已督促整改", "无", "受市场价格波动影响", "加强日常监管，确保完成"]

DUTIES = ["负责贯彻执行国家和省、市有关政策法规，研究制定全区发展规划和年度计划并组织实施。",
          "负责本行业的业务指导、目标管理与监督考评工作。",
          "负责项目申报、建设、分配和动态管理及建后管理等工作。",
          "负责做好政策宣传、工作督察、业务培训、信息收集整理发布与统计工作。",
          "承担上级交办的其他工作任务。"]
FILLER = ["对照年初绩效目标，逐项分析了指标完成情况，总体完成较好。",
          "部分项目前期工作准备不足，导致执行进度偏慢。",
          "下一步将进一步加强预算绩效管理，提高资金使用效益。",
          "严格执行中央八项规定精神，压减一般性支出，厉行节约。",
          "绩效自评结果将在政府门户网站公开，接受社会监督。",
          "建立健全内部控制制度，规范财务审批流程。"]
