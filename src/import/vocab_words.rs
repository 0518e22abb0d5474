//! The words of a task's attributes in more languages: priority levels,
//! effort units and keys, the keys of `Key: value` lines, table headers and
//! done / not-done statuses, for Czech, Slovak, Polish, Ukrainian, Russian,
//! Vietnamese, Hebrew, Dutch, Italian, Turkish, Korean and the inflections
//! of German, Spanish, Portuguese, French and Indonesian the first lists
//! leave out. The modules that read each attribute keep their own core
//! lists and ask here after them.
//!
//! Priority words and units are compared as tokens (lower case, accents
//! kept); keys, headers and statuses as folded text (lower case, Latin
//! accents removed), where `*` at the end of a word matches any ending.

use crate::model::Priority;

/// Priority levels as single words, with their inflections.
#[rustfmt::skip]
const LEVELS: &[(Priority, &[&str])] = &[
    (Priority::Critical, &[
        // Czech, Slovak
        "kritický", "kritická", "kritické", "kritickí", "kritickou", "kritického", "kritickým",
        "kritických", "blokující", "urgentní", "naléhavé", "naléhavý", "naléhavá",
        // Polish
        "krytyczny", "krytyczna", "krytyczne", "krytycznych", "krytycznym", "krytycznego",
        "krytycznej", "pilny", "pilna", "pilne", "blokujący", "blokująca", "blokujące",
        // Ukrainian
        "критичний", "критична", "критичне", "критичні", "критичного", "критичних",
        "терміново", "терміновий", "термінова", "блокер", "блокуючий",
        // Russian
        "критический", "критическая", "критическое", "критические", "критического",
        "критических", "критичный", "критичная", "критичное", "критично", "срочно", "срочный",
        "срочная", "блокирующий", "блокирующая",
        // Hebrew
        "קריטי", "קריטית", "קריטיים", "קריטיות", "דחוף", "דחופה", "דחופים",
        // Dutch
        "kritiek", "kritieke", "blokkerend", "dringend",
        // Italian
        "critici", "critiche", "bloccante", "urgenti",
        // Turkish
        "kritik", "acil", "engelleyici",
        // German, Spanish, Portuguese, French, Indonesian
        "kritische", "kritischer", "kritischen", "críticos", "críticas", "criticos",
        "criticas", "urgentes", "bloqueante", "bloquant", "bloquante", "critiques", "kritis",
        "mendesak",
    ]),
    (Priority::High, &[
        "vysoký", "vysoká", "vysoké", "vysokou", "vysokého", "vysokým", "vysokých",
        "wysoki", "wysoka", "wysokie", "wysokiego", "wysokim", "wysokich", "wysokiej",
        "високий", "висока", "високе", "високі", "високого", "високих",
        "высокий", "высокая", "высокое", "высокие", "высокого", "высоких",
        "גבוה", "גבוהה", "גבוהים", "גבוהות",
        "hoog", "hoge",
        "alti", "alte",
        "yüksek",
        "hohe", "hoher", "hohen", "altos", "altas", "élevés", "élevées", "tinggi",
    ]),
    (Priority::Medium, &[
        "střední", "středně", "stredný", "stredná", "stredné",
        "średni", "średnia", "średnie", "średniego", "średnim", "umiarkowany", "umiarkowana",
        "середній", "середня", "середнє", "середні", "середнього",
        "средний", "средняя", "среднее", "средние", "среднего", "умеренный",
        "בינוני", "בינונית", "בינוניים",
        "gemiddeld", "gemiddelde", "middel",
        "medi", "medie",
        "orta",
        "mittlere", "mittlerer", "mittleren", "medios", "medias", "médios", "médias",
        "moyens", "moyennes", "sedang",
    ]),
    (Priority::Low, &[
        "nízký", "nízká", "nízké", "nízkou", "nízkého", "nízka", "nízke",
        "niski", "niska", "niskie", "niskiego", "niskim", "niskich", "niskiej",
        "низький", "низька", "низьке", "низькі", "низького",
        "низкий", "низкая", "низкое", "низкие", "низкого",
        "נמוך", "נמוכה", "נמוכים", "נמוכות",
        "laag", "lage",
        "bassa", "basso", "bassi", "basse",
        "düşük",
        "niedrige", "niedriger", "niedrigen", "bajos", "bajas", "baixos", "baixas", "mineur",
        "mineure", "faibles", "rendah",
    ]),
];

/// Priority levels written as several tokens: Vietnamese words of two
/// syllables, and Korean, whose syllables the tokenizer splits.
#[rustfmt::skip]
const PHRASES: &[(Priority, &[&str])] = &[
    (Priority::Critical, &["khẩn", "cấp"]),
    (Priority::Critical, &["nghiêm", "trọng"]),
    (Priority::Medium, &["trung", "bình"]),
    (Priority::Critical, &["긴", "급"]),
    (Priority::Critical, &["치", "명", "적"]),
    (Priority::Critical, &["치", "명"]),
    (Priority::High, &["높", "음"]),
    (Priority::High, &["높", "은"]),
    (Priority::Medium, &["중", "간"]),
    (Priority::Medium, &["보", "통"]),
    (Priority::Low, &["낮", "음"]),
    (Priority::Low, &["낮", "은"]),
];

/// Vietnamese one-syllable levels: "cao" (high), "thấp" (low).
#[rustfmt::skip]
const SYLLABLES: &[(Priority, &str)] = &[(Priority::High, "cao"), (Priority::Low, "thấp")];

/// The priority a single word states, in the languages of this file.
pub fn level_word(word: &str) -> Option<Priority> {
    // Asked for every word of every line: a map instead of a scan of the
    // lists. The first list that holds a word names its level, as a scan would.
    static BY_WORD: std::sync::OnceLock<std::collections::HashMap<&str, Priority>> =
        std::sync::OnceLock::new();
    let by_word = BY_WORD.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        let levels = LEVELS
            .iter()
            .flat_map(|(p, ws)| ws.iter().map(move |w| (*w, *p)));
        for (w, p) in levels.chain(SYLLABLES.iter().map(|(p, w)| (*w, *p))) {
            map.entry(w).or_insert(p);
        }
        map
    });
    by_word.get(word).copied()
}

/// The priority a phrase of several tokens states, with how many tokens it
/// takes, when `words` opens with one.
pub fn level_phrase(words: &[Option<&str>]) -> Option<(Priority, usize)> {
    PHRASES
        .iter()
        .filter(|(_, parts)| {
            parts.len() <= words.len() && parts.iter().zip(words).all(|(p, w)| *w == Some(*p))
        })
        .max_by_key(|(_, parts)| parts.len())
        .map(|(p, parts)| (*p, parts.len()))
}

/// Words beside which a level word is a priority: "priorita", "пріоритет".
#[rustfmt::skip]
pub const ANCHORS: &[&str] = &[
    "priorita", "priority", "prioritou", "důležitost", "naléhavost", "priorytet",
    "priorytetu", "priorytetem", "пріоритет", "пріоритетом", "приоритет", "приоритетом",
    "приоритета", "срочность", "важность", "tiên", "עדיפות", "דחיפות", "חומרה", "prioriteit",
    "urgentie", "ernst", "priorità", "urgenza", "gravità", "öncelik", "öncelikli", "önceliği",
    "önem", "aciliyet", "ciddiyet", "dringlichkeit", "prioritaet", "schweregrad",
    "urgencia", "severidad", "gravedad", "urgência", "severidade", "gravité", "urgence",
    "prioritas",
];

/// Units of effort, with the unit `Effort::parse` reads.
#[rustfmt::skip]
pub const UNITS: &[(&str, &str)] = &[
    // Czech, Slovak
    ("hodina", "h"), ("hodiny", "h"), ("hodin", "h"), ("hod", "h"), ("hodín", "h"),
    ("minut", "min"), ("minuty", "min"), ("minuta", "min"),
    ("den", "d"), ("dny", "d"), ("dní", "d"), ("dnů", "d"), ("dni", "d"), ("dňa", "d"),
    ("člověkodní", "d"), ("človekodní", "d"),
    ("týden", "w"), ("týdny", "w"), ("týdnů", "w"), ("týždeň", "w"), ("týždne", "w"),
    ("týždňov", "w"), ("měsíc", "months"), ("měsíce", "months"), ("měsíců", "months"),
    // Polish
    ("godzina", "h"), ("godziny", "h"), ("godzin", "h"), ("godz", "h"),
    ("dzień", "d"), ("dnia", "d"), ("tydzień", "w"), ("tygodnie", "w"), ("tygodni", "w"),
    ("tyg", "w"), ("miesiąc", "months"), ("miesiące", "months"), ("miesięcy", "months"),
    // Ukrainian
    ("година", "h"), ("години", "h"), ("годин", "h"), ("год", "h"), ("хвилин", "min"),
    ("хв", "min"), ("день", "d"), ("дні", "d"), ("днів", "d"), ("тиждень", "w"),
    ("тижні", "w"), ("тижнів", "w"), ("тиж", "w"), ("місяць", "months"),
    ("місяці", "months"), ("місяців", "months"), ("людино-днів", "d"),
    ("людино-годин", "h"),
    // Russian
    ("часы", "h"), ("человеко-часов", "h"), ("чел-ч", "h"), ("мин", "min"),
    ("минуты", "min"), ("минута", "min"), ("дни", "d"), ("человеко-дней", "d"),
    ("человеко-дня", "d"), ("чел-дн", "d"), ("неделю", "w"),
    // Vietnamese
    ("giờ", "h"), ("tiếng", "h"), ("phút", "min"), ("ngày", "d"), ("tuần", "w"),
    ("tháng", "months"),
    // Hebrew
    ("שעות", "h"), ("שעה", "h"), ("ש״ע", "h"), ("דקות", "min"), ("ימים", "d"), ("יום", "d"),
    ("שבועות", "w"), ("שבוע", "w"), ("חודשים", "months"), ("חודש", "months"),
    // Dutch
    ("uur", "h"), ("uren", "h"), ("minuten", "min"), ("dag", "d"), ("dagen", "d"),
    ("werkdagen", "d"), ("weken", "w"), ("maand", "months"), ("maanden", "months"),
    // Italian, Turkish, German, Korean, Japanese
    ("minuti", "min"), ("gg", "d"), ("dakika", "min"), ("günü", "d"), ("haftası", "w"),
    ("personentage", "d"), ("personentag", "d"), ("werktage", "d"),
    ("arbeitstage", "d"), ("분", "min"), ("주일", "w"), ("日程度", "d"),
    // Spanish, Portuguese, French
    ("jours-homme", "d"), ("jour-homme", "d"), ("horas-hombre", "h"),
];

/// Units a time window is counted in ("Týden 1-2", "2-3 tygodnie",
/// "1~2개월"), read with `window::is_unit`.
#[rustfmt::skip]
pub const WINDOW_UNITS: &[&str] = &[
    "týden", "týdny", "týdnů", "týdne", "den", "dny", "dní", "dnů", "měsíc", "měsíce",
    "měsíců", "tydzień", "tygodnie", "tygodni", "dni", "dzień", "miesiąc", "miesiące",
    "miesięcy", "тиждень", "тижні", "тижнів", "дні", "днів", "місяць", "місяці", "місяців",
    "tuần", "ngày", "tháng", "שבוע", "שבועות", "ימים", "חודש", "חודשים", "weken", "dag",
    "dagen", "maand", "maanden", "gün", "ay", "hafta", "월",
];

/// Labels that name an estimate (lower case, accents kept): a label is one
/// when it is one of these or ends with one.
#[rustfmt::skip]
pub const EFFORT_LABELS: &[&str] = &[
    "čas", "odhad", "náročnost", "pracnost", "úsilí", "odhad času", "czas", "szacunek",
    "estymacja", "nakład pracy", "pracochłonność", "wysiłek", "оцінка", "трудовитрати",
    "трудомісткість", "зусилля", "час", "час виконання", "время", "трудоёмкость",
    "время исправления", "время на исправление", "время реализации", "thời gian",
    "ước tính", "công sức", "khối lượng", "nỗ lực", "הערכה", "מאמץ", "זמן", "זמן משוער",
    "inspanning", "schatting", "tijd", "geschatte tijd", "tempo", "sforzo", "tempo stimato",
    "tahmin", "tahmini süre", "emek", "iş yükü", "소요 시간", "예상 시간", "작업량", "소요",
    "所要時間", "zeitaufwand", "arbeitsaufwand", "aufwandsschätzung", "zeit", "tiempo",
    "tiempo estimado", "temps", "temps estimé",
];

/// `Key: value` labels, folded, by the key they name.
#[rustfmt::skip]
pub const SEVERITY_KEYS: &[&str] = &[
    "zavaznost", "krytycznosc", "dotkliwosc", "критичність", "серйозність", "nghiem trong",
    "muc do nghiem trong", "חומרה", "ernst", "ernstigheid", "gravita", "severita", "ciddiyet",
    "重大度", "kritikalitat", "gravedad", "criticidad", "gravidade", "criticidade",
];
#[rustfmt::skip]
pub const PRIORITY_KEYS: &[&str] = &[
    "dulezitost", "nalehavost", "priorytet*", "pilnosc", "waznosc", "пріоритет*",
    "терміновість", "важливість", "uu tien", "do uu tien", "עדיפות", "דחיפות", "urgentie",
    "urgenza", "importanza", "oncelik*", "aciliyet", "onem", "중요도", "긴급도", "優先順位",
    "重要度", "важность", "срочность", "dringlichkeit", "wichtigkeit", "urgencia",
    "importancia", "urgence", "importance", "prioritas",
];
#[rustfmt::skip]
pub const EFFORT_KEYS: &[&str] = &[
    "cas", "casova narocnost", "narocnost", "odhad*", "pracnost", "usili", "czas",
    "szacun*", "estymacja", "naklad pracy", "pracochlonnosc", "wysilek", "оцінка",
    "трудовитрат*", "трудомісткість", "час", "thoi gian", "uoc tinh", "cong suc",
    "khoi luong", "no luc", "הערכה", "מאמץ", "זמן", "inspanning", "schatting", "tijd",
    "geschatte tijd", "stima", "impegno", "tempo", "sforzo", "efor", "sure", "tahmin*", "emek",
    "is yuku", "소요 시간", "예상 시간", "작업량", "所要時間", "трудоемкость", "время",
    "время исправления", "время на исправление", "время реализации", "zeitaufwand",
    "arbeitsaufwand", "aufwandsschatzung", "schatzung", "dauer", "durata", "duur",
    "tiempo", "tiempo estimado", "tempo estimado", "temps", "temps estime",
];
#[rustfmt::skip]
pub const COST_KEYS: &[&str] = &[
    "naklady", "rozpocet", "koszt*", "budzet", "вартість", "витрати", "chi phi", "ngan sach",
    "עלות", "תקציב", "begroting", "costi", "maliyet", "butce", "예산", "бюджет", "затраты",
    "coste", "presupuesto", "orcamento",
];
#[rustfmt::skip]
pub const OWNER_KEYS: &[&str] = &[
    "odpovedny", "odpovedna osoba", "zodpovedny", "vlastnik", "resitel", "odpowiedzialny",
    "osoba odpowiedzialna", "wlasciciel", "відповідальн*", "виконавець", "phu trach",
    "nguoi phu trach", "אחראי", "בעלים", "eigenaar", "verantwoordelijke", "responsabile",
    "referente", "sorumlu", "책임자", "исполнитель", "zustandig", "encargado",
];
#[rustfmt::skip]
pub const STATUS_KEYS: &[&str] = &[
    "stav", "stan", "стан", "trang thai", "tinh trang", "סטטוס", "מצב", "stato", "durum*",
    "ステータス", "状況", "состояние", "zustand", "estatus", "situacao",
];
#[rustfmt::skip]
pub const WHEN_KEYS: &[&str] = &[
    "termin", "lhuta", "casovy ramec", "kdy", "kiedy", "ramy czasowe", "термін*", "коли",
    "thoi han", "han chot", "מועד", "דדליין", "לוח זמנים", "wanneer", "termijn", "scadenza",
    "quando", "tempistica", "son tarih", "takvim", "기한", "일정", "마감", "期日", "когда",
    "дедлайн", "frist", "zeitraum", "zeitrahmen", "cuando", "fecha limite", "delai", "quand",
];

/// Table headers, folded, by the column they name.
#[rustfmt::skip]
pub const PRIORITY_HEADERS: &[&str] = &[
    "priorita", "dulezitost", "priorytet", "пріоритет*", "uu tien", "do uu tien", "עדיפות",
    "prioriteit", "중요도", "dringlichkeit",
];
#[rustfmt::skip]
pub const SEVERITY_HEADERS: &[&str] = &[
    "zavaznost", "krytycznosc", "критичність", "серйозність", "muc do", "nghiem trong",
    "חומרה", "ernst", "severita", "ciddiyet", "gravedad", "criticidad", "gravidade",
    "criticidade",
];
#[rustfmt::skip]
pub const EFFORT_HEADERS: &[&str] = &[
    "cas", "odhad*", "narocnost", "pracnost", "czas", "szacun*", "estymacja", "naklad", "оцінка", "час", "трудовитрат*", "thoi gian", "uoc tinh", "cong suc",
    "הערכה", "מאמץ", "זמן", "inspanning", "schatting", "tijd", "uren", "tempo", "sforzo",
    "tahmin*", "시간", "소요 시간", "時間", "zeit", "zeitaufwand", "stunden", "tiempo",
    "temps",
];
#[rustfmt::skip]
pub const COST_HEADERS: &[&str] = &[
    "naklady", "cena", "koszt*", "вартість", "витрати", "chi phi", "עלות", "costi",
];
#[rustfmt::skip]
pub const WHEN_HEADERS: &[&str] = &[
    "termin", "kdy", "faze", "kiedy", "faza", "термін", "коли", "етап", "thoi han",
    "giai doan", "מועד", "שלב", "wanneer", "termijn", "asama", "zaman",
];
#[rustfmt::skip]
pub const STATUS_HEADERS: &[&str] = &[
    "stav", "stan", "стан", "trang thai", "tinh trang", "סטטוס", "מצב",
];
#[rustfmt::skip]
pub const OWNER_HEADERS: &[&str] = &[
    "odpovedny", "zodpovedny", "vlastnik", "odpowiedzialny", "wlasciciel", "відповідальн*",
    "виконавець", "phu trach", "nguoi phu trach", "אחראי", "eigenaar", "verantwoordelijke",
];
#[rustfmt::skip]
pub const ACTION_HEADERS: &[&str] = &[
    "ukol", "ukoly", "akce", "opatreni", "doporuceni", "zadanie", "zadania", "dzialanie",
    "rekomendacja", "zalecenie", "akcja", "завдання", "дія", "дії", "рекомендаці*", "захід",
    "nhiem vu", "cong viec", "hanh dong", "khuyen nghi", "hang muc", "משימה", "פעולה",
    "המלצה", "taak", "taken", "actie", "acties", "aanbeveling*", "maatregel*", "compito",
    "内容", "내용",
];
#[rustfmt::skip]
pub const ISSUE_HEADERS: &[&str] = &[
    "zjisteni", "nalez", "ustalenie", "проблем*", "вразлив*", "van de", "mo ta", "בעיה",
    "ממצא", "תיאור", "probleem", "bevinding*", "beschrijving", "descrizione", "aciklama",
    "bulgu", "beschreibung", "descripcion", "descricao",
];

/// Statuses that say the work is done, folded.
#[rustfmt::skip]
pub const DONE: &[&str] = &[
    "hotovo", "dokonceno", "splneno", "vyreseno", "uzavreno", "opraveno", "zrobione",
    "gotowe", "ukonczone", "zakonczone", "naprawione", "rozwiazane", "zamkniete", "wykonane",
    "виконано", "зроблено", "закрито", "вирішено", "завершено", "виправлено", "hoan thanh",
    "da xong", "xong", "da sua", "da giai quyet", "בוצע", "הושלם", "סגור", "תוקן", "נפתר",
    "klaar", "gereed", "voltooid", "afgerond", "opgelost", "gesloten", "gedaan", "completata",
    "completati", "concluso", "terminato", "fatta", "bitti", "cozuldu", "kapatildi",
    "yapildi", "tamam", "처리 완료", "выполнен", "выполнена", "готов", "завершен",
];

/// Statuses that say it is not, folded: they win over a done word.
#[rustfmt::skip]
pub const NOT_DONE: &[&str] = &[
    "nezahajeno", "probiha", "ceka", "otevreno", "rozpracovano", "ne", "w toku", "w trakcie",
    "do zrobienia", "otwarte", "nie", "в роботі", "відкрито", "chua", "dang", "לא",
    "בתהליך", "פתוח", "bezig", "niet", "in uitvoering", "in corso", "da fare", "aperto",
    "non", "devam", "acik", "yapilacak", "bekliyor", "degil", "대기", "未着手", "対応中",
    "未対応", "не начато", "в процессе", "открыто", "ожидает",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_in_more_languages() {
        assert_eq!(level_word("vysoká"), Some(Priority::High));
        assert_eq!(level_word("krytyczny"), Some(Priority::Critical));
        assert_eq!(level_word("низький"), Some(Priority::Low));
        assert_eq!(level_word("בינונית"), Some(Priority::Medium));
        assert_eq!(level_word("wysiłek"), None);
        let words = ["trung", "bình", "x"].map(Some);
        assert_eq!(level_phrase(&words), Some((Priority::Medium, 2)));
    }
}
