// Anchor for the resource library; the translations are added by qt_add_translations.
