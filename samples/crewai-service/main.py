"""crewai-service: FastAPI backend that runs the agent crews.

The API healer module that five handoffs asked to deploy was planned here,
but it was never written (see handoffs/ in the samples workspace).
"""
from fastapi import FastAPI

app = FastAPI(title="crewai-service")


@app.get("/health/api")
def health_api() -> dict:
    return {"status": "ok"}
