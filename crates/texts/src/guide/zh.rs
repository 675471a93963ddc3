//! 简体中文版指引：按钮名称以中文版微信界面为准，并沿用官方《外卡绑定微信支付
//! 指引文档》中文部分的用语。方括号【】中为需要点击的按钮名称。

use super::shape::{ChecklistItem, OptionText, Risk, RiskText, SectionText, StepText};
use waika_core::guide::PaymentOption;
use waika_core::guide::{SectionId, StepId};

pub fn section(id: SectionId) -> SectionText {
    match id {
        SectionId::Prepare => SectionText {
            title: "1. 在开始操作前需要准备",
            intro: "请先准备好以下各项。全部流程需要持卡人本人操作。",
        },
        SectionId::FindEntry => SectionText {
            title: "2. 外卡绑定入口",
            intro: "进入大陆地区钱包，找到【添加银行卡】入口。",
        },
        SectionId::Verify => SectionText {
            title: "3. 实名认证与绑卡",
            intro: "在微信内完成六个步骤。你填写的信息只提交给微信支付，绝不要提供给任何主动联系你的人。",
        },
        SectionId::Passport => SectionText {
            title: "4. 补充验证信息（仅护照用户）",
            intro: "仅使用护照登记的用户需要完成此部分，其他用户请跳过并查看“5. 开始支付”。",
        },
        SectionId::Pay => SectionText {
            title: "5. 开始支付",
            intro: "共有三种付款方式。请牢记三条安全提示：永远不要将付款码通过截图、拍照等方式保存或发送给任何人；进行线上支付交易一定要核对交易金额，币种都是以人民币为准结算的；使用“线下支付-扫对方二维码”付款完成后，请把付款成功页面展示给收款方查看。",
        },
    }
}

pub fn step(id: StepId) -> StepText {
    match id {
        StepId::PrepareId => StepText {
            title: "准备可以使用的身份证件",
            actions: &[
                "在有效期内的本人身份证件，以下任选其一：各国护照；港澳居民来往大陆通行证；台湾居民来往大陆通行证；港澳居民居住证；台湾居民居住证；外国人永久居留身份证。",
                "不在此列表的证件（例如其他国家或地区的身份证、驾驶证，以及学习类、工作类的外国人居留许可）暂不支持；持居留许可的，请用护照登记。",
            ],
            expect: "证件在有效期内，且与银行卡为同一持有人。",
            if_not: "没有上述证件，就无法使用国际银行卡开通微信支付。其他支付方式请参阅“出行准备”。",
        },
        StepId::PrepareCard => StepText {
            title: "准备一张本人名下、微信支付支持的卡（如 Visa、万事达卡）",
            actions: &[
                "一张本人名下、可正常使用的国际银行卡：Visa、万事达卡（Mastercard）、大来卡（Diners Club International）、Discover 或 JCB；后续公告中还列出了美国运通卡（American Express），以及自2024年11月6日起支持的境外发行银联卡。",
                "在发卡银行的 App 中确认这张卡已开通境外交易和网上交易。",
            ],
            expect: "银行卡已激活、未过期，并已开通境外使用。",
            if_not: "请联系发卡银行开通境外使用功能，或改用其他卡组织的银行卡。",
        },
        StepId::PreparePhone => StepText {
            title: "准备一个可以接收短信验证码的手机号",
            actions: &[
                "你需要一个可用的手机号来接收短信验证码。境外手机号需要开通漫游功能。",
                "如果已经在用微信，确认你的账号绑定的是哪个手机号；还没有微信的话，下一步注册时就用这个号码。",
            ],
            expect: "页面显示你当前使用的手机号，并且你在所在地能用它接收短信。",
            if_not: "请开通漫游功能，或在微信中将手机号更换为可以接收短信的号码。",
        },
        StepId::PrepareApp => StepText {
            title: "安装最新版微信并登录",
            actions: &[
                "通过手机应用商店或官网下载微信，并更新至最新版本，然后注册或登录本人的微信账号。",
                "不同应用商店的最新版本号不同。官方指引要求的版本至少为：安卓 {android}，iOS {ios}，Google Play {google_play}；更新的版本也可以使用。",
            ],
            expect: "显示的版本号是你所用应用商店提供的最新版本。",
            if_not: "请在应用商店中更新微信，然后重新打开。",
        },
        StepId::OpenWallet => StepText {
            title: "打开【钱包】，点击【添加银行卡】",
            actions: &[
                "依次点击【我】-【服务】-【钱包】，再点击【银行卡】-【添加银行卡】。",
                "查看【钱包】中显示的货币符号：显示“¥”符号（或显示“待认证”）即为大陆地区钱包，即你需要使用的钱包。",
            ],
            expect: "打开【添加银行卡】页面，所在钱包显示“¥”符号。",
            if_not: "如果【钱包】显示 HK$ 或 RM，请切换钱包区域（见下一步）。如果完全找不到【服务】或【钱包】，请使用后面介绍的两种开通方法之一。",
        },
        StepId::WalletRegion => StepText {
            title: "将钱包区域切换至中国大陆",
            actions: &[
                "部分用户会默认进入香港钱包或马来西亚钱包等境外钱包。在微信支付中使用国际银行卡，需要使用大陆地区钱包。",
                "在【服务】页面点击右上角【···】，再点击【选择钱包区域】，选择【中国大陆】。",
            ],
            expect: "【钱包】中显示“¥”符号。",
            if_not: "如没有切换选项，请按照接下来两个步骤中的任一方法开通微信支付。",
        },
        StepId::EnableByScan => StepText {
            title: "找不到【添加银行卡】：扫码开通",
            actions: &[
                "点击右上角【+】-【扫一扫】，扫描官方指引中的微信支付二维码。",
                "关注微信支付公众号，随后会收到自动回复消息：点击消息中的链接【开通微信支付】，阅读用户服务协议和隐私政策后点击【同意】。",
            ],
            expect: "进入实名认证流程（第 3 部分）。",
            if_not: "请尝试另一种方法：通过设置入口开通。",
        },
        StepId::EnableInSettings => StepText {
            title: "找不到【添加银行卡】：通过设置入口开通",
            actions: &["在设置中启用微信支付，然后返回【钱包】。"],
            expect: "【我】页面中出现【服务】，可以从中进入【钱包】。",
            if_not: "请将微信更新至最新版本后再试，或致电客服：95017（大陆地区）/ +86 571 95017（海外及港澳台地区）。",
        },
        StepId::StartVerification => StepText {
            title: "开始实名认证",
            actions: &["在【添加银行卡】页面点击确认服务协议，开始实名认证。"],
            expect: "出现需要填写身份信息的页面。",
            if_not: "请确认当前进入的是大陆地区钱包（显示“¥”），并且微信已更新至最新版本。",
        },
        StepId::IdentityDetails => StepText {
            title: "填写身份信息",
            actions: &[
                "选择证件类型，填写姓名、国籍、证件号码和证件有效期。",
                "所有信息需要与证件卡面上（如有）保持一致，包括拼写、姓名顺序和日期。",
            ],
            expect: "下一页要求填写银行卡信息。",
            if_not: "请逐项与证件核对，并更正不一致之处。",
        },
        StepId::CardDetails => StepText {
            title: "录入卡号及卡组织信息",
            actions: &["输入卡号，并选择卡组织（Visa、万事达卡等）。"],
            expect: "银行卡信息通过，下一页要求验证手机号。",
            if_not: "如果银行卡被拒绝，请参阅疑难解答中的“绑卡失败：银行卡状态异常或被发卡行拒绝”。",
        },
        StepId::PhoneCode => StepText {
            title: "验证手机号",
            actions: &[
                "选择正确的地区码（默认为 +86，境外手机号请记得切换），然后输入手机号。",
                "点击【发送验证码】，输入短信中的验证码。",
            ],
            expect: "验证码按钮变为倒计时读秒，并收到短信。",
            if_not: "请参阅疑难解答中的“收不到短信验证码”。",
        },
        StepId::PaymentPassword => StepText {
            title: "设置微信支付密码",
            actions: &[
                "设置 6 位数字的微信支付密码，并再次输入以确认。",
                "这不是银行卡密码。在微信支付中的每一笔付款都需要输入这个密码。",
            ],
            expect: "支付密码设置成功。",
            if_not: "如果两次输入不一致，请重新设置密码。",
        },
        StepId::CardCheck => StepText {
            title: "银行卡扣款验证",
            actions: &["微信支付会通过发卡银行验证这张卡。如果银行 App 或短信要求你确认，请按提示确认。"],
            expect: "这张卡出现在【银行卡】中。护照用户请继续第 4 部分，其他用户请查看第 5 部分。",
            if_not: "如果被银行拒绝，请参阅疑难解答中的“绑卡失败：银行卡状态异常或被发卡行拒绝”。",
        },
        StepId::PassportMessage => StepText {
            title: "点击服务通知",
            actions: &["在【服务通知】中找到要求上传护照资料页照片的通知，点击【上传】。"],
            expect: "打开补充验证的说明页面。",
            if_not: "通知可能需要一段时间才会送达。你可以在微信中搜索“服务通知”，或稍后再查看。",
        },
        StepId::PassportConsent => StepText {
            title: "点击确认",
            actions: &["根据中华人民共和国相关法律法规，护照用户需要上传证件照片并完成人脸识别。点击【确认】继续。"],
            expect: "微信要求上传本人护照资料页的照片。",
            if_not: "请返回【服务通知】，重新打开这条通知。",
        },
        StepId::PassportPhoto => StepText {
            title: "上传本人护照的资料页",
            actions: &[
                "可以现场拍照，也可以从相册中选择照片。",
                "照片需显示完整的资料页，清晰、无反光、无遮挡。",
                "只在微信的官方流程中上传，永远不要发送给任何向你索要的人。",
            ],
            expect: "照片上传成功，并开始人脸识别。",
            if_not: "请将护照平放在桌上，在光线均匀的地方重新拍照。",
        },
        StepId::FaceVerification => StepText {
            title: "完成人脸识别",
            actions: &["根据屏幕提示完成人脸识别，然后等待审核结果通知。"],
            expect: "收到审核通过的通知。",
            if_not: "点击【再试一次】。若人脸识别持续失败，点击【其他方式】-进入【上传本人手持护照资料页的照片】，按示例要求拍摄照片上传后，点击【已完成】。",
        },
        StepId::PayOnline => StepText {
            title: "线上支付",
            actions: &[
                "在 App 或小程序中选择使用微信支付，核对交易金额及币种（人民币），然后输入支付密码确认付款。",
            ],
            expect: "显示付款成功页面。",
            if_not: "请参阅疑难解答中的“支付失败”相关条目。",
        },
        StepId::PayByScanning => StepText {
            title: "扫描商家的收款码付款",
            actions: &[
                "点击【+】-【扫一扫】，扫描商家的收款码。如需输入金额，请输入后使用支付密码付款。",
                "请把付款成功页面展示给收款方查看。",
            ],
            expect: "显示付款成功页面，请在收银台出示。",
            if_not: "如果银行卡显示为灰色，说明该商户不支持这张卡，请参阅疑难解答。",
        },
        StepId::PayWithCode => StepText {
            title: "出示付款码付款",
            actions: &[
                "打开【收付款】，向收银员出示付款码，由商家使用扫码机或扫码枪扫描。",
                "永远不要将付款码通过截图、拍照等方式保存或发送给任何人。",
            ],
            expect: "商家扫码成功，你看到付款成功页面。",
            if_not: "请询问能否改为由你扫描商家的收款码（参见收银台用语）。",
        },
    }
}

/// The buttons to tap for a step, as WeChat names them in this language.
pub fn tap_path(id: StepId) -> &'static [&'static str] {
    match id {
        StepId::PrepareId => &[],
        StepId::PrepareCard => &[],
        StepId::PreparePhone => &["我", "设置", "账号与安全", "手机号"],
        StepId::PrepareApp => &["我", "设置", "关于微信"],
        StepId::OpenWallet => &["我", "服务", "钱包", "银行卡", "添加银行卡"],
        StepId::WalletRegion => &["我", "服务", "右上角 ···", "选择钱包区域", "中国大陆"],
        StepId::EnableByScan => &["右上角 +", "扫一扫", "开通微信支付", "同意"],
        StepId::EnableInSettings => &["我", "设置", "通用", "辅助功能", "微信支付", "启用微信支付"],
        StepId::StartVerification => &["添加银行卡", "确认"],
        StepId::IdentityDetails => &["证件类型", "姓名", "国籍", "证件号码", "下一步"],
        StepId::CardDetails => &["卡号", "卡类型", "下一步"],
        StepId::PhoneCode => &["国家/地区", "手机号", "发送验证码"],
        StepId::PaymentPassword => &["设置支付密码", "完成"],
        StepId::CardCheck => &["银行卡扣款验证", "完成"],
        StepId::PassportMessage => &["服务通知", "上传"],
        StepId::PassportConsent => &["确认"],
        StepId::PassportPhoto => &["拍照", "上传"],
        StepId::FaceVerification => &["开始人脸识别", "完成"],
        StepId::PayOnline => &["微信支付", "支付", "支付密码"],
        StepId::PayByScanning => &["右上角 +", "扫一扫", "付款", "支付密码"],
        StepId::PayWithCode => &["我", "服务", "收付款"],
    }
}

pub fn payment_option(id: PaymentOption) -> OptionText {
    match id {
        PaymentOption::OwnWallet => OptionText {
            title: "用自己的境外钱包在微信支付商户付款",
            summary: "境外游客可以用本国或本地区的钱包扫微信支付商户的收款码，或出示钱包的付款码。截至2025年9月已支持16个钱包，包括 K PLUS、Bakong、NAVER Pay 和 Boost；截至2026年2月，已支持来自12个国家和地区的29个钱包。自2026年5月27日起，PayPal 用户（首先是美国用户）也可付款。出发前请在自己的钱包 App 中确认是否支持。",
            good: "无需绑卡，也无需开通大陆地区钱包。",
            bad: "仅限微信支付已接入的钱包，费用以钱包自身规定为准。",
        },
        PaymentOption::WeChatPayHk => OptionText {
            title: "微信香港钱包",
            summary: "微信香港钱包（HK$）可直接以港币在许多内地商户付款，包括深圳的出租车和约50个城市的公共交通。",
            good: "香港用户无需切换钱包区域。",
            bad: "并非所有内地商户都支持。",
        },
        PaymentOption::InternationalCard => OptionText {
            title: "在微信支付中使用你的国际银行卡",
            summary: "按照本指引添加你的 Visa、万事达卡、美国运通卡、JCB、Discover 或大来卡（自2024年11月6日起也可添加境外发行的银联卡）。",
            good: "设置快捷，在中国大陆的许多商户和 App 中都能使用，但并非全部。",
            bad: "单笔超过 {free} 需支付手续费，发卡机构可能另收货币转换费，设有交易限额，且不能用外卡发红包或转账。",
        },
        PaymentOption::TourCard => OptionText {
            title: "银联旅行通卡（Tour Card）",
            summary: "面向境外游客的银联预付卡，在云闪付 App 中申请、充值后即可绑定到微信支付。",
            good: "自己的银行卡被拒时也能用。",
            bad: "付款前需要先充值。",
        },
        PaymentOption::ChineseBankAccount => OptionText {
            title: "中国大陆银行账户及银联卡",
            summary: "在工商银行、中国银行、建设银行等银行开立账户，并将其银联借记卡绑定到微信支付。",
            good: "可以转账、发红包（官方指引说明，这些功能需要绑定中国大陆银行的借记卡）。付款从人民币账户扣款。",
            bad: "据一篇挪威旅行文章介绍，需要携带护照及签证或居留证件本人前往银行办理，耗时较长。最适合留学生和长期居留的人士。",
        },
        PaymentOption::Metro => OptionText {
            title: "地铁刷国际银行卡",
            summary: "在闸机上直接刷境外非接触式银行卡：北京地铁自2024年9月13日起支持 Visa 和万事达卡；上海地铁自2025年6月28日起全线支持 Visa、万事达卡、美国运通卡、JCB 和银联卡（需开通银行卡的小额免密支付）；广州地铁自2025年10月12日起全线车站支持万事达卡、美国运通卡、Visa 和 JCB（此前已支持银联卡）。",
            good: "完全不用微信也能乘坐公共交通。",
            bad: "仅限这些城市和方式，发卡机构的货币转换费照收。",
        },
        PaymentOption::Cash => OptionText {
            title: "现金",
            summary: "现金始终是法定货币。建议随身带几百元人民币。",
            good: "无需 App 和网络信号，大多数地方都能用。",
            bad: "有些商户平时很少收现金，可能找不开零钱。",
        },
    }
}

pub fn risk(id: Risk) -> RiskText {
    match id {
        Risk::CurrencyMarkup => RiskText {
            title: "货币转换费",
            body: "许多发卡银行会对境外交易另收货币转换费，和微信支付的手续费是两笔钱；连手续费那部分，银行也会按外币交易再收一次转换费。出行前请查看发卡银行的收费标准。",
        },
        Risk::Phishing => RiskText {
            title: "诈骗与钓鱼",
            body: "永远不要向任何人透露短信验证码、支付密码或银行卡信息，也不要发送证件照片。微信支付与微信客服永远不会索要这些信息，如有人索要，均为诈骗。请在发卡银行的 App 中开启双重验证等安全功能。",
        },
        Risk::RestrictedFeatures => RiskText {
            title: "受限的功能",
            body: "不能用外卡发红包、转账、充值零钱或购买理财。",
        },
        Risk::RulesChange => RiskText {
            title: "规则会变化",
            body: "手续费、限额和支持的银行卡都曾调整，今后也还会变化。本应用会显示所依据的规则版本及其日期。",
        },
    }
}

pub fn checklist_item(id: ChecklistItem) -> &'static str {
    match id {
        ChecklistItem::InternationalUse => {
            "请发卡银行为你的银行卡开通境外交易和网上交易，并告知银行你将前往中国。"
        }
        ChecklistItem::KnowMarkup => "查清你银行卡的货币转换费，并用手续费计算器试算一下。",
        ChecklistItem::UpdateWeChat => "安装或更新微信，并登录本人的微信账号。",
        ChecklistItem::RoamingSms => "确认你的手机号在中国能接收短信（已开通漫游）。",
        ChecklistItem::AddCardEarly => {
            "在需要付款之前就在微信支付中绑定银行卡；第一笔付款先试小额。"
        }
        ChecklistItem::BringId => {
            "随身携带你在微信支付登记（或将要登记）时使用的身份证件，例如护照。"
        }
        ChecklistItem::SecondCard => "再带一张其他卡组织的银行卡，以防其中一张被拒。",
        ChecklistItem::Cash => "随身携带几百元人民币现金备用。",
        ChecklistItem::SaveNumbers => {
            "保存微信支付客服电话：95017（大陆地区）/ +86 571 95017（海外及港澳台地区）。"
        }
        ChecklistItem::StudentBank => {
            "留学生及长期居留者：向学校询问合作银行，以及开户需要哪些材料。"
        }
    }
}
