"""Wire models: DexCare's answers as they arrive.

They tolerate extra and missing optional fields (DexCare adds fields; services disagree, api ref.
section 7), use snake_case in Python with DexCare's camelCase on the wire, and are kept apart from
the strict domain models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.alias_generators import to_camel


class WireModel(BaseModel):
    model_config = ConfigDict(
        extra="ignore", alias_generator=to_camel, populate_by_name=True, frozen=True
    )


def _aware_iso(value: str) -> str:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("date-time without a UTC offset")
    return value


def _to_str(value: Any) -> Any:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


OffsetDateTime = Annotated[str, AfterValidator(_aware_iso)]
"""An ISO-8601 date-time with offset, kept as DexCare wrote it (the hand-off URL wants it verbatim)."""

IdStr = Annotated[str, BeforeValidator(_to_str)]


class WireAddress(WireModel):
    line1: str = ""
    line2: str | None = None
    city: str = ""
    state: str = ""
    postal_code: str = Field("", validation_alias="postalCode")


class VisitType(WireModel):
    visit_type_id: IdStr
    name: str
    short_name: str | None = None
    description: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    age_unit: str | None = None


class OpenHours(WireModel):
    start_time: str
    end_time: str


class OpenDay(WireModel):
    day: str
    open_hours: OpenHours


class DepartmentProvider(WireModel):
    provider_id: IdStr
    national_id: IdStr
    first_name: str
    last_name: str
    emr_id: IdStr | None = None
    title: str | None = None
    credential: str | None = None


class Department(WireModel):
    """A retail clinic (``/v4/departments``)."""

    department_id: IdStr
    url_name: str
    display_name: str
    brand_name: str = ""
    ehr_system_name: str
    timezone: str
    address: WireAddress
    phone: str | None = None
    small_image_url: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    clinic_type: str | None = None
    is_active: bool = True
    instance_id: str | None = None
    allowed_visit_types: list[VisitType] = []
    open_days: list[OpenDay] = []
    providers: list[DepartmentProvider] = []


class TimeSlot(WireModel):
    """One bookable time; ``id`` is the opaque slotId."""

    id: str
    slot_date_time: OffsetDateTime
    duration: int  # "20" for retail, 20 for provider slots (api ref. I-6): both accepted
    department_id: IdStr
    visit_type_id: IdStr | None = None
    provider_national_id: IdStr | None = None
    provider_id: IdStr | None = None
    department_identifier: str | None = None
    slot_type: str | None = None

    @property
    def starts_at(self) -> datetime:
        return datetime.fromisoformat(self.slot_date_time)


class ScheduleDay(WireModel):
    date: str
    time_slots: list[TimeSlot] = []


class RetailSchedule(WireModel):
    department_id: IdStr
    timezone: str
    schedule_days: list[ScheduleDay] = []
    start_date: str | None = None
    end_date: str | None = None


class ProviderRef(WireModel):
    system: str
    npi: IdStr


class ProviderDepartment(WireModel):
    department_id: IdStr
    epic_instance_name: str  # = ehrSystemName (api ref. I-21)
    name: str
    center: str | None = None
    phone: str | None = None
    address: WireAddress | None = None
    timezone: str | None = None

    @property
    def ehr_system_name(self) -> str:
        return self.epic_instance_name


class ProviderInfo(WireModel):
    provider_national_id: IdStr
    name: str
    credentials: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    brand: str | None = None
    is_active: bool | None = None
    departments: list[ProviderDepartment] = []
    visit_types: list[VisitType] = []


class ProviderSchedule(WireModel):
    provider_national_id: IdStr
    timezone: str
    schedule_days: list[ScheduleDay] = []
    start_date: str | None = None
    end_date: str | None = None


class InsurancePayer(WireModel):
    """One payer DexCare knows for the tenant (the SDK's ``InsurancePayer``: name, payerId)."""

    payer_id: IdStr
    name: str


class InsurancePayers(WireModel):
    # VirtualInsruanceModels.swift: the list sits under "insuranceIssuers", absent = none.
    insurance_issuers: list[InsurancePayer] = []


class MaxLookahead(WireModel):
    max_lookahead_days: int = Field(ge=0, le=3650)


class PatientCreated(WireModel):
    patient_guid: str = Field(min_length=1)


class BookingConfirmation(WireModel):
    visit_id: IdStr = Field(min_length=1)
    is_virtual: bool = False


class TokenAnswer(WireModel):
    access_token: str = Field(min_length=1, validation_alias="access_token")
    expires_in: int | None = Field(None, validation_alias="expires_in")
    token_type: str | None = Field(None, validation_alias="token_type")
