package org.crosscheck.db.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps a {@link Role} to the code the schema stores ('editor', not 'EDITOR'). */
@Converter
public class RoleCode implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.code;
    }

    @Override
    public Role convertToEntityAttribute(String code) {
        return code == null ? null : Role.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown role " + code));
    }
}
