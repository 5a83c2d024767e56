package org.crosscheck.web.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.crosscheck.web.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlatformTest {

    @Test
    void thePlatformIsReadyWhenItsDatabaseIs() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void theFrontPageShowsWhatTheNewsroomHolds() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("Documents"));
    }
}
