package org.crosscheck.web.admin;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.security.Accounts;
import org.crosscheck.web.security.Password;

/** What an admin typed to create an account, and what is wrong with it, field by field, for the form to show in place. */
public record NewAccountForm(String username, String displayName, String password, Set<Role> roles, boolean unknownRole) {

    // The schema's own rule for usernames (app_user's check constraint); checked here to explain it, not to enforce it.
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MAX_DISPLAY_NAME = 100;

    static NewAccountForm empty() {
        return new NewAccountForm("", "", "", EnumSet.of(Role.EDITOR), false);
    }

    static NewAccountForm of(String username, String displayName, String password, List<String> roleCodes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean unknown = false;
        for (String code : roleCodes == null ? List.<String>of() : roleCodes) {
            var role = Role.ofCode(code);
            role.ifPresent(roles::add);
            unknown |= role.isEmpty();
        }
        return new NewAccountForm(Accounts.usernameOf(username), displayName == null ? "" : displayName.strip(),
                password == null ? "" : password, roles, unknown);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    Map<String, String> problems(AccountRepository accounts) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.put("username", "2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.put("username", "this username is taken");
        }
        if (displayName.isEmpty()) {
            problems.put("displayName", "give the name colleagues know this person by");
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            problems.put("displayName", "at most " + MAX_DISPLAY_NAME + " characters");
        }
        Password.problemWith(password).ifPresent(p -> problems.put("password", p));
        if (unknownRole) {
            problems.put("roles", "choose among the roles listed");
        } else if (roles.isEmpty()) {
            problems.put("roles", "choose at least one role");
        }
        return problems;
    }
}
