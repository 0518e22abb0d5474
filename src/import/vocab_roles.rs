//! What a section is and what opens an instruction, in the languages
//! [`super::vocab`] leaves out: Czech, Polish, Ukrainian, Vietnamese,
//! Hebrew and Dutch, with more Italian. Terms follow the rules of
//! [`super::vocab::ROLE_TERMS`] (folded, `*` matches any ending).

use super::vocab::Role;

/// More terms of each role, read after [`super::vocab::ROLE_TERMS`].
#[rustfmt::skip]
pub const MORE_ROLE_TERMS: &[(Role, &[&str])] = &[
    (
        Role::Criteria,
        &[
            "akceptacni kriteria", "kriteria prijeti", "pozadavky", "kryteria akceptacji",
            "kryteria sukcesu", "wymagania", "критерії", "критерій", "вимоги", "tieu chi",
            "tieu chi nghiem thu", "yeu cau", "קריטריונים", "דרישות", "acceptatiecriteria",
            "eisen", "criteri",
        ],
    ),
    (
        Role::Metrics,
        &[
            "metriky", "ukazatele", "metryki", "wskazniki", "показники", "chi so", "do luong",
            "מדדים", "metrieken", "indicatori",
        ],
    ),
    (
        Role::Outcomes,
        &[
            "vyhody", "prinosy", "vysledky", "dopad", "cile", "korzysci", "rezultaty",
            "wyniki", "wplyw", "efekty", "cele", "переваги", "вигоди", "ефект", "цілі",
            "ket qua", "loi ich", "muc tieu", "tac dong", "san pham ban giao", "תוצרים",
            "תועלות", "יתרונות", "השפעה", "תוצאות", "resultaten", "voordelen", "doelen",
            "opbrengst*", "benefici", "vantaggi", "obiettivi",
        ],
    ),
    (
        Role::Resources,
        &[
            "zdroje", "tym", "zasoby", "zespol", "команда", "ресурси", "nguon luc", "nhan su",
            "doi ngu", "משאבים", "צוות", "middelen", "bemensing",
        ],
    ),
    (
        Role::Costs,
        &[
            "naklady", "rozpocet", "koszty", "budzet", "вартість", "витрати", "chi phi",
            "ngan sach", "עלויות", "תקציב", "begroting",
        ],
    ),
    (
        Role::Risks,
        &[
            "rizika", "riziko", "hrozby", "ryzyko", "ryzyka", "zagrozenia", "ризик*", "загроз*",
            "rui ro", "סיכונים", "risico*",
        ],
    ),
    (
        Role::Procedure,
        &[
            "postup", "navod", "procedury", "instrukcja", "інструкці*", "quy trinh", "huong dan",
            "נוהל", "handleiding",
        ],
    ),
    (
        Role::Appendix,
        &[
            "priloha", "prilohy", "odkazy", "slovnik", "zalacznik*", "odnosniki", "slowniczek",
            "додаток", "додатки", "посилання", "глосарій", "phu luc", "tham khao", "thuat ngu",
            "נספח", "נספחים", "הפניות", "bijlage*", "referenties", "allegat*", "glossario",
        ],
    ),
    (
        Role::Findings,
        &[
            "zjisteni", "nalezy", "zranitelnost*", "slabiny", "nedostatky", "slabe stranky",
            "soucasny stav", "aktualni stav", "analyza", "ustalenia", "podatnosc*",
            "slabosci", "luki", "braki", "obecny stan", "aktualny stan", "analiza",
            "co jest slabe", "знахідк*", "вразливост*", "недолік*", "поточний стан", "аналіз",
            "слабкі сторони", "зауваження", "van de", "phat hien", "lo hong", "diem yeu",
            "hien trang", "phan tich", "thieu sot", "ממצאים", "בעיות", "פגיעויות", "חולשות",
            "ניתוח", "מצב נוכחי", "bevinding*", "problemen", "kwetsbaarhed*", "zwakke punten",
            "huidige situatie", "lacune", "carenze", "punti deboli", "analisi", "osservazioni",
        ],
    ),
    (
        Role::Record,
        &[
            "silne stranky", "dokonceno", "mocne strony", "zrealizowane", "co jest mocne",
            "сильні сторони", "виконано", "зроблено", "diem manh", "da hoan thanh", "חוזקות",
            "הושלם", "sterke punten", "afgerond", "voltooid",
        ],
    ),
    (
        Role::Summary,
        &[
            "zaverecna doporuceni", "zaverecne doporuceni", "rekomendacja koncowa",
            "rekomendacje koncowe", "zalecenia koncowe", "підсумкові рекомендації",
            "khuyen nghi cuoi cung", "eindaanbeveling*", "shrnuti", "souhrn", "zaver", "zavery", "uvod", "prehled", "metodika", "podsumowanie",
            "wnioski", "wstep", "przeglad", "werdykt", "kontekst", "metodologia", "zakres",
            "підсумок*", "висновк*", "вступ", "огляд", "методологія", "tong quan", "tom tat",
            "ket luan", "gioi thieu", "boi canh", "pham vi", "phuong phap", "סיכום", "תקציר",
            "מבוא", "סקירה", "מסקנות", "רקע", "samenvatting", "conclusie*", "inleiding",
            "overzicht", "achtergrond", "sintesi", "panoramica", "contesto", "premessa",
        ],
    ),
    (
        Role::Plan,
        &[
            "doporuceni", "akcni plan", "kroky", "dalsi kroky", "ukoly", "ulohy", "opravy",
            "vylepseni", "zlepseni", "faze", "etapa", "opatreni", "napravna opatreni",
            "rekomendacj*", "zalecenia", "zalecen", "zadania", "dzialania", "poprawki",
            "usprawnienia", "ulepszenia", "nastepne kroki", "kolejne kroki", "priorytet*",
            "etap*", "faza", "fazy", "naprawa", "naprawy", "mapa drogowa", "do zrobienia",
            "plan dzialania", "дорожня карта", "завдання", "дії", "заходи", "покращення",
            "наступні кроки", "виправлення", "пріоритет*", "вдосконалення", "ke hoach",
            "lo trinh", "khuyen nghi", "de xuat", "nhiem vu", "buoc tiep theo", "cai thien",
            "cai tien", "giai doan", "uu tien", "hanh dong", "תוכנית", "תכנית", "המלצות",
            "ההמלצות", "המלצה", "משימות", "צעדים הבאים", "מפת דרכים", "שיפורים", "תיקונים",
            "פעולות", "שלב", "שלבים", "עדיפויות", "aanbeveling*", "actieplan", "acties",
            "verbeteringen", "verbeterpunten", "taken", "volgende stappen", "stappenplan",
            "maatregel*", "oplossingen", "interventi", "correzioni", "compiti",
        ],
    ),
];

/// More verbs that open an instruction (folded), read with
/// [`super::vocab::ACTION_VERBS`].
#[rustfmt::skip]
pub const MORE_ACTION_VERBS: &[&str] = &[
    // Czech
    "pridat", "opravit", "vytvorit", "odstranit", "aktualizovat", "implementovat", "nastavit",
    "zavest", "presunout", "refaktorovat", "zkontrolovat", "overit", "zajistit", "omezit",
    "zdokumentovat", "pripravit", "otestovat", "testovat", "nahradit", "sjednotit", "zlepsit",
    "optimalizovat", "standardizovat", "migrovat", "povolit", "zakazat", "vypnout", "zapnout",
    "doplnit", "upravit", "zmenit", "rozdelit", "zabezpecit", "pouzit", "integrovat",
    "nainstalovat", "nakonfigurovat", "monitorovat", "smazat", "zrusit", "prejmenovat",
    "prepsat", "sledovat", "skryt", "pridejte", "opravte", "vytvorte", "odstrante",
    // Polish
    "dodac", "naprawic", "utworzyc", "usunac", "zaktualizowac", "zaimplementowac",
    "implementowac", "skonfigurowac", "wdrozyc", "przeniesc", "zrefaktoryzowac", "sprawdzic",
    "zweryfikowac", "zapewnic", "ograniczyc", "udokumentowac", "przygotowac", "przetestowac",
    "zastapic", "zamienic", "ujednolicic", "poprawic", "ulepszyc", "zoptymalizowac",
    "zmigrowac", "wlaczyc", "wylaczyc", "uzupelnic", "zmienic", "podzielic", "zabezpieczyc",
    "uzyc", "zintegrowac", "zainstalowac", "monitorowac", "ukryc", "podlaczyc", "oznaczyc",
    "zablokowac", "uruchomic", "stworzyc", "wprowadzic", "rozwazyc", "dodaj", "napraw",
    "usun", "zaktualizuj", "wdroz",
    // Ukrainian
    "додати", "виправити", "створити", "видалити", "оновити", "впровадити", "налаштувати",
    "перенести", "перевірити", "забезпечити", "обмежити", "задокументувати", "підготувати",
    "протестувати", "замінити", "уніфікувати", "покращити", "оптимізувати", "мігрувати",
    "увімкнути", "вимкнути", "реалізувати", "розділити", "захистити", "використовувати",
    "інтегрувати", "встановити", "усунути", "додайте", "виправте", "налаштуйте",
    // Vietnamese (the first syllable of the verb)
    "tao", "xoa", "trien", "kiem", "thiet", "xay", "chuyen", "nang", "tich", "loai", "thay",
    "viet", "chuan",
    // Hebrew
    "להוסיף", "לתקן", "ליצור", "למחוק", "לעדכן", "להטמיע", "להגדיר", "להעביר", "לבדוק",
    "להבטיח", "להגביל", "לתעד", "להכין", "להחליף", "לשפר", "לייעל", "להפעיל", "להסיר",
    "ליישם", "לאבטח", "הוסף", "תקן", "צור", "מחק", "עדכן", "הגדר", "העבר", "בדוק", "החלף",
    "שפר", "הסר", "יישם",
    // Dutch
    "toevoegen", "implementeren", "configureren", "aanmaken", "verwijderen", "bijwerken",
    "updaten", "oplossen", "repareren", "documenteren", "inschakelen", "uitschakelen",
    "verbeteren", "vervangen", "valideren", "automatiseren", "verminderen", "migreren",
    "controleren", "beveiligen", "beperken", "splitsen", "installeren", "integreren",
    "monitoren", "herschrijven", "voeg", "verwijder", "maak", "gebruik", "zorg", "schakel",
    "vervang", "controleer", "verbeter", "documenteer", "implementeer", "configureer",
    // Italian, Turkish
    "eliminare", "abilitare", "disabilitare", "documentare", "definire", "sostituire",
    "ottimizzare", "automatizzare", "validare", "ridurre", "separare", "dividere",
    "centralizzare", "unificare", "risolvere", "sistemare", "introdurre", "garantire",
    "assicurare", "impostare", "aggiungi", "implementa", "rimuovi", "aggiorna", "correggi",
    "ekleyin", "duzeltin", "kaldirin", "guncelleyin", "olusturun", "yapilandirin",
    "uygulayin", "iyilestirin", "tasi", "ayir", "birlestir", "dogrula", "sil",
];

/// Words that name a step of the plan by its number ("Krok 2", "Bước 3",
/// "Stap 1"), in lower case, read with `units::is_step_numbered`.
#[rustfmt::skip]
pub const MORE_STEP_WORDS: &[&str] = &[
    "krok", "úkol", "ukol", "zadanie", "крок", "завдання", "bước", "nhiệm vụ", "משימה", "stap",
    "taak", "adım", "görev",
];

/// Lead-in labels whose text is the action ("Akcja: …", "Giải pháp: …"),
/// in lower case, read with `title::ACTION_LABELS`.
#[rustfmt::skip]
pub const MORE_ACTION_LABELS: &[&str] = &[
    "akcja", "działanie", "rozwiązanie", "naprawa", "zalecenie", "rekomendacja", "oprava",
    "řešení", "doporučení", "opatření", "akce", "náprava", "рішення", "виправлення",
    "рекомендація", "дія", "giải pháp", "khắc phục", "đề xuất", "khuyến nghị", "hành động",
    "פתרון", "תיקון", "המלצה", "פעולה", "oplossing", "aanbeveling", "actie", "maatregel",
    "correzione", "intervento", "risoluzione", "suggerimento", "çözüm önerisi", "eylem",
];

#[cfg(test)]
mod tests {
    use super::super::vocab::{role_of, starts_with_action, Role};

    #[test]
    fn headings_in_more_languages() {
        let cases = [
            ("Doporučení", Some(Role::Plan)),
            ("Zalecenia", Some(Role::Plan)),
            ("Lộ trình", Some(Role::Plan)),
            ("Наступні кроки", Some(Role::Plan)),
            ("המלצות", Some(Role::Plan)),
            ("Aanbevelingen", Some(Role::Plan)),
            ("Zjištění", Some(Role::Findings)),
            ("Rủi ro", Some(Role::Risks)),
            ("Shrnutí", Some(Role::Summary)),
            ("Mocne strony", Some(Role::Record)),
            // Terms written with their accents match the folded heading.
            ("Özet", Some(Role::Summary)),
            ("Sonuç", Some(Role::Summary)),
            ("Bütçe", Some(Role::Costs)),
            ("Güçlü Yönler", Some(Role::Record)),
            ("Çıktılar", Some(Role::Outcomes)),
        ];
        for (heading, role) in cases {
            assert_eq!(role_of(heading), role, "{heading}");
        }
    }

    #[test]
    fn instructions_in_more_languages() {
        assert!(starts_with_action("Přidat autentizaci"));
        assert!(starts_with_action("Dodać walidację"));
        assert!(starts_with_action("Додати перевірку"));
        assert!(starts_with_action("Voeg logging toe"));
        assert!(!starts_with_action("Chybí autentizace"));
    }

    #[test]
    fn a_heading_that_opens_with_a_problem_is_a_finding_not_a_section() {
        assert_eq!(role_of("Constraints"), Some(Role::Risks));
        assert_eq!(role_of("2.4 Missing Foreign Key Constraints"), None);
        assert_eq!(role_of("Fehlende Risikoanalyse"), None);
        assert_eq!(role_of("Отсутствие бюджета"), None);
        assert_eq!(role_of("Known Constraints"), Some(Role::Risks));
    }
}
