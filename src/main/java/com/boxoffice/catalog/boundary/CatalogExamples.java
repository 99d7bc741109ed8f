package com.boxoffice.catalog.boundary;

/** Example bodies for the OpenAPI document. */
final class CatalogExamples {

    static final String MOVIE = "{\"movieId\": \"0b8f6f1e-8c4e-3b1a-9d7e-2f0c4a5b6c7d\", \"title\": \"Orbit Zero\","
            + " \"about\": \"An astronaut stranded on a failing station has ninety minutes to get home.\","
            + " \"thumbnailUrl\": \"/api/movies/0b8f6f1e-8c4e-3b1a-9d7e-2f0c4a5b6c7d/poster\", \"rating\": 8.9,"
            + " \"durationMins\": 141, \"ageRating\": \"UA\", \"releaseDate\": \"2026-11-20\", \"language\": \"English\","
            + " \"format\": \"IMAX 3D\", \"genres\": [\"Sci-Fi\", \"Thriller\"]}";

    static final String MOVIE_PAGE = "{\"items\": [" + MOVIE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1,"
            + " \"totalPages\": 1}";

    static final String THEATRE_SUMMARY = "{\"theatreId\": \"5d1c2b3a-4e5f-3a6b-8c7d-9e0f1a2b3c4d\","
            + " \"name\": \"Orion Cinemas: Rajajinagar\", \"address\": \"Dr Rajkumar Road, Rajajinagar, Bengaluru 560010\","
            + " \"city\": \"Bengaluru\", \"geoLat\": 12.9914, \"geoLng\": 77.5546, \"cancellationAvailable\": true";

    static final String THEATRE = THEATRE_SUMMARY + ", \"screens\": [{\"screenId\":"
            + " \"7a6b5c4d-3e2f-3a1b-9c8d-7e6f5a4b3c2d\", \"name\": \"Audi 1\", \"capacity\": 336}]}";

    static final String SHOW = "{\"showId\": \"3c2b1a0f-9e8d-3c7b-a6f5-4e3d2c1b0a9f\","
            + " \"movieId\": \"0b8f6f1e-8c4e-3b1a-9d7e-2f0c4a5b6c7d\", \"movieTitle\": \"Orbit Zero\", \"theatre\": "
            + THEATRE_SUMMARY + "}, \"screenId\": \"7a6b5c4d-3e2f-3a1b-9c8d-7e6f5a4b3c2d\", \"screenName\": \"Audi 1\","
            + " \"startTime\": \"2026-12-17T11:30:00Z\", \"endTime\": \"2026-12-17T14:11:00Z\", \"price\": 200.00,"
            + " \"prices\": [{\"name\": \"RECLINER\", \"price\": 550.00}, {\"name\": \"PRIME\", \"price\": 320.00},"
            + " {\"name\": \"CLASSIC\", \"price\": 200.00}], \"status\": \"SCHEDULED\", \"availableSeats\": 336}";

    static final String NOT_FOUND = "{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"Movie not found\","
            + " \"timestamp\": \"2026-12-17T11:30:00Z\", \"details\": {}}}";

    static final String VALIDATION_FAILED = "{\"error\": {\"code\": \"VALIDATION_FAILED\","
            + " \"message\": \"Invalid request: size\", \"timestamp\": \"2026-12-17T11:30:00Z\","
            + " \"details\": {\"size\": \"must be between 1 and 100\"}}}";

    private CatalogExamples() {
    }
}
