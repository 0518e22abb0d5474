//! The verbs that open an instruction, in the languages of [`super`].

/// Words that open an instruction: "Add", "Implementar", "Настроить", "添加".
#[rustfmt::skip]
pub const ACTION_VERBS: &[&str] = &[
    // English
    "resolve", "address", "eliminate", "complete", "finish", "expand", "extend", "assess",
    "conduct", "perform", "hire", "buy", "purchase", "procure", "obtain", "achieve", "launch",
    "benchmark", "profile", "tune", "prioritize", "prioritise", "triage", "decommission", "retire",
    "unify", "simplify", "modularize", "modularise", "parallelize", "notify", "onboard",
    "strengthen", "tighten", "sanitise", "debounce", "throttle", "memoize", "avoid", "add",
    "adopt", "automate", "audit", "build", "configure", "consolidate", "create", "define",
    "deploy", "design", "disable", "document", "enable", "enforce", "establish", "extract", "fix",
    "harden", "implement", "improve", "install", "integrate", "introduce", "limit", "migrate",
    "monitor", "move", "optimize", "optimise", "patch", "pin", "prevent", "reduce", "refactor",
    "remove", "rename", "replace", "require", "restrict", "review", "rewrite", "rotate", "run",
    "schedule", "secure", "separate", "set", "setup", "split", "standardize", "standardise",
    "switch", "test", "track", "update", "upgrade", "use", "validate", "write", "clean", "delete",
    "drop", "encrypt", "ensure", "evaluate", "investigate", "plan", "prepare", "provision",
    "publish", "restore", "scan", "sanitize", "verify", "wrap", "convert", "centralize",
    "centralise", "containerize", "containerise", "deprecate", "increase", "isolate", "make",
    "handle", "apply", "check", "keep", "alert",
    // Spanish, Portuguese, Italian
    "agregar", "anadir", "implementar", "configurar", "crear", "migrar", "eliminar", "actualizar",
    "corregir", "documentar", "habilitar", "establecer", "mejorar", "revisar", "reemplazar",
    "refactorizar", "separar", "validar", "optimizar", "automatizar", "definir", "asegurar",
    "reducir", "agregar", "adicionar", "criar", "remover", "atualizar", "corrigir", "melhorar",
    "substituir", "garantir", "aggiungere", "implementare", "configurare", "creare", "rimuovere",
    "aggiornare", "correggere", "migliorare",
    // French, German
    "ajouter", "implementer", "configurer", "creer", "migrer", "supprimer", "mettre", "corriger",
    "documenter", "activer", "ameliorer", "remplacer", "securiser", "valider", "automatiser",
    "reduire", "definir", "hinzufugen", "implementieren", "konfigurieren", "erstellen",
    "migrieren", "entfernen", "aktualisieren", "beheben", "dokumentieren", "aktivieren",
    "verbessern", "ersetzen", "einfuhren", "einrichten",
    // More Spanish, Portuguese, French, German and Italian instructions.
    "arreglar", "limpiar", "pasar", "enviar", "mostrar", "persistir", "cancelar", "mover", "usar",
    "utilizar", "evitar", "cambiar", "manejar", "proteger", "restringir", "incluir", "integrar",
    "instalar", "probar", "verificar", "monitorear", "registrar", "unificar", "centralizar",
    "extraer", "dividir", "renombrar", "reescribir", "activar", "desactivar", "trocar", "incluir",
    "instalar", "testar", "monitorar", "registrar", "extrair", "dividir", "renomear", "reescrever",
    "ativar", "desativar", "mover", "usar", "consertar", "utiliser", "eviter", "proteger",
    "deplacer", "limiter", "verifier", "tester", "nettoyer", "installer", "integrer", "surveiller",
    "extraire", "diviser", "renommer", "reecrire", "desactiver", "centraliser", "unifier",
    "passer", "migrer", "verwenden", "vermeiden", "schutzen", "prufen", "testen", "installieren",
    "integrieren", "uberwachen", "extrahieren", "aufteilen", "umbenennen", "deaktivieren",
    "zentralisieren", "vereinheitlichen", "umstellen", "usare", "evitare", "proteggere",
    "spostare", "limitare", "verificare", "testare", "installare", "integrare", "monitorare",
    // Russian
    "исправьте", "добавьте", "удалите", "замените", "используйте", "настройте", "внедрите",
    "реализуйте", "перенесите", "проверьте", "создайте", "обновите", "включите", "заменить",
    "использовать", "избегать", "протестировать", "очистить", "мигрировать", "покрыть",
    "переписать", "разбить", "унифицировать", "централизовать", "логировать", "мониторить",
    "документировать", "зафиксировать", "отключить", "подключить", "перейти", "заменить",
    "ограничить", "вынести", "объединить", "устранить", "добавить", "внедрить", "настроить",
    "создать", "перенести", "удалить", "обновить", "исправить", "документировать", "включить",
    "улучшить", "заменить", "реализовать", "провести", "вынести", "разделить", "оптимизировать",
    "автоматизировать", "установить", "ввести", "перейти", "ограничить", "защитить", "покрыть",
    "написать", "убрать", "проверить", "сделать", "обеспечить", "разработать", "выполнить",
    // Indonesian, Turkish
    "tambahkan", "terapkan", "konfigurasi", "buat", "hapus", "perbarui", "perbaiki", "tingkatkan",
    "ganti", "ekle", "uygula", "yapılandır", "oluştur", "kaldır", "güncelle", "düzelt",
    "iyileştir",
];

/// Verbs that open an instruction in Chinese, Japanese and Korean, which
/// match at the start of the text.
#[rustfmt::skip]
pub const ACTION_VERBS_CJK: &[&str] = &[
    "添加", "增加", "实现", "实施", "配置", "创建", "迁移", "删除", "移除", "更新", "修复", "完善", "启用", "优化", "替换", "重构",
    "拆分", "引入", "建立", "部署", "编写", "统一", "加强", "规范", "补充", "改进", "提升", "降低", "限制", "使用", "采用", "接入",
    "集成", "追加", "導入", "設定", "作成", "移行", "削除", "更新", "修正", "有効化", "改善", "置換", "実装", "整備", "추가",
    "구현", "설정", "생성", "삭제", "수정", "개선", "도입", "적용",
];
