//! 资格检查的简体中文文本。

use super::shape::{CheckerTexts, Question};
use crate::Plural;
use waika_core::eligibility::QuestionId;
use waika_core::eligibility::{
    AppStore, Availability, BoundCards, CardKind, Feature, Finding, InternationalUse, Outcome,
    PayPlace, Rule, SmsAnswer, WalletSign,
};
use waika_core::rules::IdDocument;

pub const CHECKER: CheckerTexts = CheckerTexts {
    title: "我的卡能用吗？",
    intro: "回答你知道的问题即可，每回答一题，结论都会随之更新。你的选择只保存在这台设备上，不会上传，也没有任何问题要求你提供号码或姓名。",
    not_sure: "不确定",
    other: "其他",
    mastercard: "万事达卡（Mastercard）",
    american_express: "美国运通卡（American Express）",
    diners_club: "大来卡（Diners Club International）",
    unionpay: "银联卡（UnionPay）",
    version_placeholder: "例如 8.0.50",
    version_read_as: "已识别为 {version}。",
    version_unreadable: "“{text}”不是版本号。请在【我】-【设置】-【关于微信】中查看，格式类似 8.0.50。",
    verdict_title: "结论",
    see_verdict: "查看原因",
    incomplete: Plural {
        one: "还有 1 个问题未回答。根据目前的回答，尚未发现无法使用的情况。",
        other: "还有 {count} 个问题未回答。根据目前的回答，尚未发现无法使用的情况。",
    },
    reasons_title: "原因",
    fixes_title: "请先完成这些",
    features_title: "你可以使用的功能",
    features_title_if_solved: "上述问题解决后，你可以使用的功能",
    features_title_unanswered: "绑定国际银行卡后可以使用的功能",
    alternatives_title: "其他支付方式",
    rule_ref: "{rule}的依据：",
    open_step: "在指引中打开这一步：{step}",
    share_title: "分享这些回答",
    share_note: "链接只包含上面的选项，不含姓名、号码或日期。",
    share_copy: "复制链接",
    share_copied: "链接已复制。",
    another_card: "检查另一张卡",
    start_over: "清除所有回答",
};

pub fn question(id: QuestionId) -> Question {
    match id {
        QuestionId::Id => Question {
            label: "你将使用哪种身份证件登记？",
            help: "微信支付支持六种证件。你所在国家或地区的身份证、驾驶证，以及学习类、工作类的外国人居留许可都不在其中：请使用护照，或下面列出的其他证件。",
        },
        QuestionId::Network => Question {
            label: "你的卡上印有哪个卡组织的标志？",
            help: "请查看卡片正面或背面的标志。如果卡上有两个标志（例如挪威的 BankAxept 和 Visa），请选择微信支付接受的那一个，例如 Visa 或万事达卡：BankAxept 这类本地卡组织不在其列。",
        },
        QuestionId::Kind => Question {
            label: "这是什么类型的卡？",
            help: "借贷合一的卡选“信用卡”或“借记卡”都可以，官方指南两种都接受。官方规定没有说明预付卡或虚拟卡能否使用，由你的发卡银行决定。",
        },
        QuestionId::Sms => Question {
            label: "绑卡时，你的手机号能收到短信吗？",
            help: "微信支付会通过短信发送验证码。境外手机号需要开通漫游。",
        },
        QuestionId::Store => Question {
            label: "你是从哪里安装微信的？",
            help: "不同应用商店的微信版本号各不相同。",
        },
        QuestionId::Version => Question {
            label: "你的微信是哪个版本？（选填）",
            help: "在【我】-【设置】-【关于微信】中可以看到。如果不知道，请留空。",
        },
        QuestionId::Wallet => Question {
            label: "钱包中显示的是哪个货币符号？",
            help: "在【我】-【服务】-【钱包】中查看。显示“¥”表示大陆地区钱包。",
        },
        QuestionId::Cards => Question {
            label: "已经绑定了几张国际银行卡？",
            help: "在【钱包】中点击【银行卡】，即可看到你的银行卡列表。",
        },
        QuestionId::Place => Question {
            label: "你将在哪里付款？",
            help: "在微信支付中，国际银行卡只能在中国大陆地区的商户使用。",
        },
        QuestionId::International => Question {
            label: "这张卡是否已开通境外交易和网上交易？",
            help: "发卡银行的 App 或客服可以告诉你，并可以帮你开通。",
        },
    }
}

pub fn id_document(id: IdDocument) -> &'static str {
    match id {
        IdDocument::Passport => "护照",
        IdDocument::HkMacaoTravelPermit => "港澳居民来往大陆通行证",
        IdDocument::TaiwanTravelPermit => "台湾居民来往大陆通行证",
        IdDocument::HkMacaoResidencePermit => "港澳居民居住证",
        IdDocument::TaiwanResidencePermit => "台湾居民居住证",
        IdDocument::ForeignPermanentResidentCard => "外国人永久居留身份证",
    }
}

pub fn card_kind(kind: CardKind) -> &'static str {
    match kind {
        CardKind::Credit => "信用卡",
        CardKind::Debit => "借记卡",
        CardKind::Prepaid => "预付卡",
        CardKind::Virtual => "虚拟卡",
        CardKind::NotSure => "不确定",
    }
}

pub fn sms(answer: SmsAnswer) -> &'static str {
    match answer {
        SmsAnswer::Yes => "能",
        SmsAnswer::RoamingOff => "境外手机号，未开通漫游",
        SmsAnswer::No => "不能",
        SmsAnswer::NotSure => "不确定",
    }
}

pub fn store(store: AppStore) -> &'static str {
    match store {
        AppStore::Android => "安卓（国内应用商店或官网）",
        AppStore::Ios => "iPhone（App Store）",
        AppStore::GooglePlay => "Google Play",
        AppStore::NotSure => "不确定",
    }
}

pub fn wallet(sign: WalletSign) -> &'static str {
    match sign {
        WalletSign::Yuan => "¥",
        WalletSign::HongKongDollar => "HK$",
        WalletSign::Ringgit => "RM",
        WalletSign::Other => "其他符号",
        WalletSign::NoWallet => "我还没有钱包",
        WalletSign::NotSure => "不确定",
    }
}

pub fn bound_cards(cards: BoundCards) -> &'static str {
    match cards {
        BoundCards::None => "没有",
        BoundCards::One => "一张",
        BoundCards::Two => "两张",
        BoundCards::ThreeOrMore => "三张或以上",
    }
}

pub fn place(place: PayPlace) -> &'static str {
    match place {
        PayPlace::MainlandShops => "在中国大陆地区的实体店",
        PayPlace::Online => "在网上，包括 App 和小程序",
        PayPlace::OutsideMainland => "在中国大陆以外",
        PayPlace::NotSure => "不确定",
    }
}

pub fn international(answer: InternationalUse) -> &'static str {
    match answer {
        InternationalUse::Enabled => "是",
        InternationalUse::Disabled => "否",
        InternationalUse::NotSure => "不确定",
    }
}

pub fn finding(finding: Finding) -> &'static str {
    match finding {
        Finding::IdSupported(_) => "支持使用{document}。",
        Finding::IdNotSupported => "这种证件不能用于登记：请改用护照，或所列六种证件中的其他一种。其他国家或地区的身份证、驾驶证以及外国人居留许可都不在其中。如果你的账户几年前已用其中一种证件完成实名认证，目前没有资料说明这样的账户能否添加境外银行卡：可以先试着添加；如被拒绝，请问微信支付客服能否改用护照重新认证。",
        Finding::IdUnknown => "请确认你的证件属于支持的六种证件之一。",
        Finding::NetworkSupported(_) => "支持{network}。",
        Finding::NetworkNotInRuleSet(_) => "按照所选规则版本，不支持{network}。",
        Finding::UnionPayNotInList => "在中国大陆以外发行的银联卡不在支持的国际银行卡列表中。",
        Finding::UnionPayAccepted => "自2024年11月6日起，可以绑定在中国大陆以外发行的银联卡。",
        Finding::UnionPayFeesNotPublished => "手续费、手续费减免和限额是否同样适用于银联卡，目前尚未公布。",
        Finding::NetworkNotSupported => "不支持这个卡组织。",
        Finding::NetworkUnknown => "请查看卡片上的卡组织标志。",
        Finding::CardKindFine => "官方指引适用于信用卡和借记卡。",
        Finding::CardKindUnclear => "官方没有公布关于预付卡或虚拟卡的规定：这张卡能否绑定由你的发卡银行决定。可以试一试，并准备好另一张卡。",
        Finding::SmsFine => "你可以接收短信验证码。",
        Finding::SmsRoamingOff => "请开通漫游，否则收不到短信验证码。",
        Finding::SmsNone => "你需要一个能接收短信的手机号：请办理一个，或在微信中更换手机号。",
        Finding::SmsUnknown => "请确认你的手机号在所在地能接收短信：可以请别人给你发一条短信试试。",
        Finding::AppFine => "你的微信版本已经足够新。",
        Finding::AppTooOld { .. } => "2023年的官方指引对该应用商店要求的最低版本是 {minimum}，你的版本低于此要求。如果添加银行卡失败，请先更新微信。",
        Finding::AppUnknown => "建议使用较新版本的微信：如果添加银行卡失败，请先更新。",
        Finding::AppVersionShort { .. } => "你填写的版本号少了最后一段数字，2023年的官方指引对该应用商店要求的最低版本是 {minimum}。在【我】-【设置】-【关于微信】中可以看到完整版本号（如 8.0.50）。如果添加银行卡失败，请先更新微信。",
        Finding::WalletMainland => "你当前使用的是大陆地区钱包。",
        Finding::WalletNotOpened => "请按指引所示开通钱包，并确认钱包显示“¥”。",
        Finding::WalletHongKong => "你的钱包显示 HK$：可以将钱包区域切换至中国大陆（¥）后绑定这张卡，也可以直接用微信香港钱包在内地商户付款。",
        Finding::WalletOtherRegion => "请将钱包区域切换至中国大陆（¥）。",
        Finding::WalletUnknown => "请查看钱包中显示的货币符号：必须是“¥”。",
        Finding::CardsRoom { .. } => "你还可以再绑定 {more} 张国际银行卡。",
        Finding::CardsFull { .. } => "已绑定 {max} 张卡：请先解除绑定一张，再添加新卡。",
        Finding::MerchantsMainland => "中国大陆地区的商户支持国际银行卡，但并非所有商户都支持。",
        Finding::MerchantsOutsideMainland => "在微信支付中，中国大陆以外的商户都不支持国际银行卡。",
        Finding::MerchantsUnknown => "只有中国大陆地区的商户支持国际银行卡；付款时如果卡片显示为灰色，表示该商户不支持这张卡。",
        Finding::InternationalEnabled => "你已确认这张卡开通了境外使用。",
        Finding::InternationalDisabled => "请联系发卡银行，为这张卡开通境外交易和网上交易。",
        Finding::InternationalUnknown => "请向发卡银行确认这张卡可以在境外和网上使用。",
        Finding::PassportExtraSteps => "使用护照时，你还需要上传护照资料页，并通过人脸识别；这两步都在微信自己的页面里完成，从【服务通知】里微信支付发来的通知进入。有人向你要护照照片，一律不要给。",
        Finding::IssuerMayRefuse => "发卡银行仍可能拒绝绑定这张卡或拒绝授权付款；如遇这种情况，请咨询你的发卡银行。",
    }
}

pub fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::IdDocuments => "支持的身份证件",
        Rule::CardNetworks => "支持的卡组织",
        Rule::CardKinds => "卡片类型（预付卡、虚拟卡无公开规定）",
        Rule::SmsCode => "短信验证",
        Rule::AppVersion => "微信版本",
        Rule::MainlandWallet => "大陆地区钱包",
        Rule::MaxBoundCards => "同时绑定的卡数",
        Rule::MainlandMerchants => "仅限中国大陆地区的商户",
        Rule::IssuerMayRefuse => "发卡机构的决定",
        Rule::PassportVerification => "护照用户的额外验证",
    }
}

pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Eligible => "可以：这张卡可以添加到微信支付。",
        Outcome::NotYet => "还差几步：请先完成或确认下面的步骤。",
        Outcome::NotPossible => "按你目前的回答，无法使用。请查看其他支付方式。",
        Outcome::Incomplete => "请继续回答。",
    }
}

pub fn feature(feature: Feature) -> &'static str {
    match feature {
        Feature::PayMainlandMerchants => "向中国大陆地区的商户付款",
        Feature::ReceiveRedPacketsAndTransfers => "接收红包和转账，存入零钱",
        Feature::SendFromBalanceOnly => "发红包、转账和充值零钱",
        Feature::FinancialProducts => "购买理财",
        Feature::PayOutsideMainland => "向中国大陆以外的商户付款",
    }
}

pub fn availability(availability: Availability) -> &'static str {
    match availability {
        Availability::Yes => "可以",
        Availability::No => "不可以",
        Availability::FromBalanceOnly => "不能使用银行卡（发红包、转账只能使用零钱）",
        Availability::NotStated => "不确定：没有来源说明",
    }
}
