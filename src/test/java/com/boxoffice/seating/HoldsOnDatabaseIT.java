package com.boxoffice.seating;

import com.boxoffice.support.Backends;
import com.boxoffice.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The holds contract with Redis unreachable: seat locks on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldsOnDatabaseIT extends HoldContractCases {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Override
    void useBackend() {
        Backends.useDatabase();
    }

    @Override
    String backend() {
        return "DATABASE";
    }

    @AfterAll
    static void bringRedisBack() {
        Backends.useRedis();
    }
}
