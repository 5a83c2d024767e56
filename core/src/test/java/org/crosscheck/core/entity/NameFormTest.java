package org.crosscheck.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormTest {

    @Test
    void turkishLettersFoldToTheirAsciiSpelling() {
        assertThat(NameForm.fold("Mevlüt Çavuşoğlu")).isEqualTo(NameForm.fold("Mevlut Cavusoglu"));
        assertThat(NameForm.fold("Kılıç")).isEqualTo("kilic");
    }

    @Test
    void theArabicArticleAndAYEndingAreTransliterationsOfOneName() {
        assertThat(NameForm.transliterated("Abdel Fattah el-Sisi")).isEqualTo(NameForm.transliterated("Abdel Fattah al-Sisi"));
        assertThat(NameForm.transliterated("Hamady")).isEqualTo(NameForm.transliterated("Hamadi"));
    }

    @Test
    void aLeadingTheAndAPossessiveDoNotChangeAName() {
        assertThat(NameForm.fold("the Kenyan presidency's")).isEqualTo("kenyan presidency");
    }

    @Test
    void oneLetterApartIsAVariantButTwoAreNot() {
        assertThat(Spelling.withinOneEdit("odhiambo", "odiambo")).isTrue();
        assertThat(Spelling.withinOneEdit("soukry", "soukri")).isTrue();
        assertThat(Spelling.withinOneEdit("fidan", "fadil")).isFalse();
    }
}
