"""Streamlit's own floor: a bare page drawing BENCH_CHARTS cached 12-bar plotly charts, and
(for the second, per-element reference) BENCH_ELEMENTS one-line Markdown elements, nothing else."""

import os

import plotly.graph_objects as go
import streamlit as st


@st.cache_resource
def figure(number: int) -> go.Figure:
    """A 12-bar chart, built once (as a well-cached page would)."""
    return go.Figure(go.Bar(x=[f"Đơn vị {i}" for i in range(12)], y=list(range(1, 13))))


for n in range(int(os.environ.get("BENCH_CHARTS", "1"))):
    st.plotly_chart(figure(n), key=f"chart-{n}")
for n in range(int(os.environ.get("BENCH_ELEMENTS", "0"))):
    st.markdown(f"Dòng {n}")
